package com.valt.planner.ui.common;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** The window's message boxes, with plain words and named buttons. */
public final class Dialogs {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DONT_SAVE = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
    public static final ButtonType OVERWRITE = new ButtonType("Overwrite", ButtonBar.ButtonData.YES);
    public static final ButtonType SAVE_AS = new ButtonType("Save As…", ButtonBar.ButtonData.OTHER);
    public static final ButtonType RESTORE = new ButtonType("Restore draft", ButtonBar.ButtonData.YES);
    public static final ButtonType DISCARD = new ButtonType("Discard draft", ButtonBar.ButtonData.NO);

    private Dialogs() {}

    public static void error(String header, String message, Window owner) {
        message(Alert.AlertType.ERROR, "error-dialog", header, message, owner).showAndWait();
    }

    /** An error with a list of problems that may be long: shown in a scrollable text box. */
    public static void problems(String header, String intro, String details, Window owner) {
        Alert a = new Alert(Alert.AlertType.ERROR);
        a.setTitle("VALT Site Planner");
        a.setHeaderText(header);
        TextArea text = new TextArea(details);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(Math.min(12, details.split("\n").length + 1));
        text.setId("error-details");
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, new Label(intro), text);
        a.getDialogPane().setContent(box);
        a.getDialogPane().setId("error-dialog");
        a.getDialogPane().setPrefWidth(640);
        a.initOwner(owner);
        a.showAndWait();
    }

    /** Something the user should know that is not an error, such as what an export had to leave out. */
    /** Something to know, not a failure: the information icon, never the error one. */
    public static void info(String header, String message, Window owner) {
        message(Alert.AlertType.INFORMATION, "info-dialog", header, message, owner)
                .showAndWait();
    }

    public static void warning(String header, String message, Window owner) {
        message(Alert.AlertType.WARNING, "warning-dialog", header, message, owner)
                .show();
    }

    private static Alert message(Alert.AlertType type, String id, String header, String message, Window owner) {
        Alert a = new Alert(type);
        a.setTitle("VALT Site Planner");
        a.setHeaderText(header);
        a.setContentText(message);
        a.initOwner(owner);
        a.getDialogPane().setId(id);
        a.getDialogPane().setMinWidth(520);
        return a;
    }

    public static Optional<ButtonType> ask(String header, String message, Window owner, ButtonType... buttons) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, buttons);
        a.setTitle("VALT Site Planner");
        a.setHeaderText(header);
        a.initOwner(owner);
        a.getDialogPane().setId("ask-dialog");
        a.getDialogPane().setMinWidth(520);
        a.getDialogPane().getChildren().stream()
                .filter(n -> n instanceof Label)
                .forEach(n -> ((Label) n).setWrapText(true));
        return a.showAndWait();
    }
}
