package com.valt.planner.ui.actions;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * What an action does, and when it can (Undo only while the history has a step to take back).
 * Menu items and buttons made for it by {@link ActionFactory} are disabled while it cannot.
 *
 * @param label words that replace the action's own while it is shown ("Undo Move 3 devices"), or null
 */
public record ActionCommand(Runnable run, ObservableBooleanValue executable, ObservableStringValue label) {
    private static final ObservableBooleanValue ALWAYS = Bindings.createBooleanBinding(() -> true);

    /** An action that can always run. */
    public static ActionCommand of(Runnable run) {
        return new ActionCommand(run, ALWAYS, null);
    }

    public static ActionCommand when(ObservableBooleanValue executable, Runnable run) {
        return new ActionCommand(run, executable, null);
    }

    public ActionCommand labelled(ObservableStringValue words) {
        return new ActionCommand(run, executable, words);
    }

    void execute() {
        if (executable.get()) {
            run.run();
        }
    }
}
