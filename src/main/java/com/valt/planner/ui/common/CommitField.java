package com.valt.planner.ui.common;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.control.TextField;

/**
 * A text field that hands its text over on Enter or when it loses focus (one undo step per edit,
 * not per key), and checks it as the user types: an invalid value is marked and not committed.
 */
public final class CommitField extends TextField {
    private final Function<String, String> problem;
    private Consumer<String> onCommit = s -> {};
    private String shown = "";

    /** @param problem null when the text is acceptable, otherwise what is wrong with it */
    public CommitField(Function<String, String> problem) {
        this.problem = problem;
        textProperty().addListener((o, a, b) -> check());
        setOnAction(e -> commit());
        focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit();
            }
        });
    }

    public CommitField() {
        this(s -> null);
    }

    public void onCommit(Consumer<String> c) {
        onCommit = c;
    }

    /** Shows a value from the model without committing it. */
    public void show(String value) {
        shown = value == null ? "" : value;
        if (!getText().equals(shown)) {
            setText(shown);
        }
        check();
    }

    public String problem() {
        return problem.apply(getText());
    }

    private void check() {
        boolean bad = problem.apply(getText()) != null;
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), bad);
        setTooltip(bad ? new javafx.scene.control.Tooltip(problem.apply(getText())) : null);
    }

    private void commit() {
        if (!getText().equals(shown) && problem.apply(getText()) == null) {
            shown = getText();
            onCommit.accept(getText());
        }
    }
}
