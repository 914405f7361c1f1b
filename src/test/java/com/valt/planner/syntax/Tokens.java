package com.valt.planner.syntax;

import java.util.ArrayList;
import java.util.List;

/** Splits a CLI line into words; a double-quoted word may hold spaces (the writers never put a quote inside one). */
final class Tokens {
    private Tokens() {}

    static List<String> of(String line) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c == '"') {
                int end = line.indexOf('"', i + 1);
                if (end < 0) {
                    throw new AssertionError("unterminated quote in: " + line);
                }
                out.add(line.substring(i + 1, end));
                i = end + 1;
                if (i < line.length() && line.charAt(i) != ' ') {
                    throw new AssertionError("text right after a closing quote in: " + line);
                }
            } else {
                int end = line.indexOf(' ', i);
                end = end < 0 ? line.length() : end;
                String word = line.substring(i, end);
                if (word.contains("\"")) {
                    throw new AssertionError("stray quote in: " + line);
                }
                out.add(word);
                i = end;
            }
        }
        return out;
    }
}
