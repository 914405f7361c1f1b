package com.valt.planner.ui.actions;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;

/** Makes menu items and toolbar buttons from {@link StandardAction}s, as JabRef's ActionFactory does. */
public final class ActionFactory {
    private ActionFactory() {}

    public static MenuItem menuItem(StandardAction action, ActionCommand command) {
        MenuItem m = new MenuItem(action.menuText());
        m.setAccelerator(action.accelerator());
        m.setOnAction(e -> command.execute());
        m.disableProperty().bind(Bindings.not(command.executable()));
        if (command.label() != null) {
            m.textProperty().bind(command.label());
        }
        return m;
    }

    public static CheckMenuItem checkMenuItem(StandardAction action, BooleanProperty selected) {
        CheckMenuItem m = new CheckMenuItem(action.menuText());
        m.setAccelerator(action.accelerator());
        m.selectedProperty().bindBidirectional(selected);
        return m;
    }

    public static Button button(StandardAction action, ActionCommand command) {
        Button b = new Button(action.shortText());
        b.setOnAction(e -> command.execute());
        b.disableProperty().bind(Bindings.not(command.executable()));
        tooltip(b, action, command);
        b.setFocusTraversable(false);
        return b;
    }

    public static ToggleButton toggleButton(StandardAction action, BooleanProperty selected) {
        ToggleButton b = new ToggleButton(action.shortText());
        b.selectedProperty().bindBidirectional(selected);
        tooltip(b, action, null);
        b.setFocusTraversable(false);
        return b;
    }

    private static void tooltip(ButtonBase b, StandardAction action, ActionCommand command) {
        if (command != null && command.label() != null) {
            // "Undo Move 3 devices (Ctrl+Z)": the step it will take, and the shortcut
            String keys = action.accelerator() == null
                    ? ""
                    : " (" + action.accelerator().getDisplayText() + ")";
            Tooltip tip = new Tooltip(); // one, its text following the step: not a new popup per edit
            tip.textProperty().bind(Bindings.concat(command.label(), keys));
            b.setTooltip(tip);
        } else {
            b.setTooltip(new Tooltip(action.tooltip()));
        }
    }
}
