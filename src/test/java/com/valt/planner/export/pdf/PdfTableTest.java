package com.valt.planner.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PdfTableTest {
    /** Draws {@code rows} rows in {@code columns} newspaper columns on a fresh page: {pages used, cursor y after}. */
    private static float[] draw(int rows, int columns) throws Exception {
        try (PDDocument doc = new PDDocument();
                PdfCanvas c = new PdfCanvas(doc)) {
            c.newPage();
            PdfTable t = new PdfTable(List.of("Name", "Address"), new float[] {0.6f, 0.4f}, 7f).compact();
            for (int i = 0; i < rows; i++) {
                t.rowOf("Camera " + i, "10.0." + (i / 250) + "." + (i % 250));
            }
            t.draw(c, columns);
            return new float[] {c.pageIndex() + 1, c.y};
        }
    }

    @Test
    void aTableThatEndsInAShorterColumnLeavesTheCursorUnderTheLongest() throws Exception {
        int full = 1; // the most rows one column of a page holds
        while (draw(full + 1, 1)[0] == 1) {
            full++;
        }
        float underFullColumn = draw(full, 1)[1];
        // a full first column, half a second one: what follows must start under the first, not the second
        float[] spread = draw(full + full / 2, 2);
        assertThat(spread[0]).isEqualTo(1);
        assertThat(spread[1]).isEqualTo(underFullColumn);
        // and a table that fits one column is not moved
        assertThat(draw(5, 3)[1]).isEqualTo(draw(5, 1)[1]);
    }
}
