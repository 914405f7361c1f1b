package com.valt.planner.export.html;

import com.valt.planner.catalog.Mark;
import org.jsoup.nodes.Element;

/** The page's 🔓 🔒 🔧 marks as inline SVG, so they show without an emoji font and print sharply. */
final class MarkIcons {
    private MarkIcons() {}

    static String svg(Mark m) {
        return switch (m) {
            case SSL_OFF ->
                "<svg viewBox=\"0 0 16 16\" aria-hidden=\"true\"><rect x=\"3\" y=\"7\" width=\"10\" height=\"8\""
                        + " rx=\"1.5\" fill=\"#c05621\"/><path d=\"M5 7V4.5a3 3 0 0 1 6 0\" fill=\"none\" stroke=\"#c05621\""
                        + " stroke-width=\"1.8\"/></svg>";
            case SSL_ON ->
                "<svg viewBox=\"0 0 16 16\" aria-hidden=\"true\"><rect x=\"3\" y=\"7\" width=\"10\" height=\"8\""
                        + " rx=\"1.5\" fill=\"#2f855a\"/><path d=\"M5 7V5a3 3 0 0 1 6 0v2\" fill=\"none\" stroke=\"#2f855a\""
                        + " stroke-width=\"1.8\"/></svg>";
            case ADMIN ->
                "<svg viewBox=\"0 0 16 16\" aria-hidden=\"true\"><path d=\"M10.6 1.2a4.2 4.2 0 0 0-4 5.4L1.5"
                        + " 11.7a1.7 1.7 0 0 0 2.4 2.4l5.1-5.1a4.2 4.2 0 0 0 5.4-4l-2.5 2.5-2.3-.6-.6-2.3z\" fill=\"#3e4c59\"/></svg>";
        };
    }

    /** Appends the icon; its legend text is the accessible name and the tooltip. */
    static void append(Element parent, Mark m, String legend) {
        Element span = parent.appendElement("span")
                .addClass("mark")
                .attr("role", "img")
                .attr("aria-label", legend)
                .attr("title", legend)
                .attr("data-mark", m.id());
        span.append(svg(m));
    }
}
