package com.valt.planner.export.text;

/** A reviewer's note as shown next to its row: with one "Reviewer's note:" prefix, never two. */
public final class NoteText {
    private NoteText() {}

    public static String prefixed(String note) {
        String n = note.strip();
        if (n.regionMatches(true, 0, "Reviewer's note", 0, 15)
                || n.regionMatches(true, 0, "Reviewer\u2019s note", 0, 15)) {
            return "Reviewer\u2019s note" + n.substring(15);
        }
        return "Reviewer\u2019s note: " + n;
    }
}
