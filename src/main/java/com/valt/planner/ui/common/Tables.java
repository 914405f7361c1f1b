package com.valt.planner.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/** The small pieces every table and form of the window is built from. */
public final class Tables {
    private Tables() {}

    /** A read-only column of text worked out from each row; {@code width} 0 keeps the table's default. */
    public static <T> TableColumn<T, String> textColumn(String title, Function<T, String> text, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        if (width > 0) {
            c.setPrefWidth(width);
        }
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        return c;
    }

    /** A form of labels and fields whose label column keeps its words, however wide the fields get. */
    public static GridPane form(double hgap, double vgap) {
        GridPane g = new GridPane();
        g.setHgap(hgap);
        g.setVgap(vgap);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        g.getColumnConstraints().add(labels);
        return g;
    }
}
