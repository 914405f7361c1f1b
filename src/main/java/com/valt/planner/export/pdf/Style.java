package com.valt.planner.export.pdf;

import java.awt.Color;

/** The handoff document's colours and sizes. */
final class Style {
    static final Color INK = new Color(0x1F2933);
    static final Color MUTED = new Color(0x52606D);
    static final Color ACCENT = new Color(0x0B3C5D);
    static final Color RULE = new Color(0xCBD2D9);
    static final Color BAND = new Color(0xF5F7FA);
    static final Color SUB = new Color(0xE4E7EB);
    static final Color NOTE_BG = new Color(0xFFF8E1);
    static final Color NOTE_INK = new Color(0x5C4400);
    static final Color WARNING = new Color(0xB7791F);
    static final Color ERROR = new Color(0xC53030);
    static final float BODY = 9.5f;
    static final float TABLE = 8f;
    static final float H1 = 17f;
    static final float H2 = 12f;

    private Style() {}
}
