package com.valt.planner.ui.actions;

import com.valt.planner.edit.Balancer;
import javafx.scene.input.KeyCombination;

/**
 * Every action the menus and the toolbar share, defined once: the menu's words (with its mnemonic),
 * the toolbar's shorter words, the shortcut and the tooltip. Menu and toolbar build their items from
 * here, so a shortcut shown in a tooltip is always the one that works.
 */
public enum StandardAction {
    NEW("_New", "New", "Shortcut+N", "New site"),
    OPEN("_Open…", "Open…", "Shortcut+O", "Open a site file"),
    SAVE("_Save", "Save", "Shortcut+S", "Save"),
    SAVE_AS("Save _As…", "Save As…", "Shortcut+Shift+S", "Save under another name"),
    IMPORT_DEVICES("_Import devices…", "Import…", null, "Add devices from a spreadsheet"),
    QUIT("_Quit", "Quit", "Shortcut+Q", "Quit"),
    UNDO("Undo", "Undo", "Shortcut+Z", "Undo"),
    REDO("Redo", "Redo", "Shortcut+Y", "Redo"),
    COPY("_Copy", "Copy", "Shortcut+C", "Copy the selected devices"),
    PASTE("_Paste", "Paste", "Shortcut+V", "Paste copies of the copied devices"),
    DUPLICATE("_Duplicate", "Duplicate", "Shortcut+D", "Duplicate the selected devices"),
    DELETE("De_lete", "Delete", "Delete", "Delete the selected devices"),
    SELECT_ALL("Select _all", "Select all", "Shortcut+A", "Select every device"),
    ZOOM_IN("Zoom _in", "+", "Shortcut+Equals", "Zoom in"),
    ZOOM_OUT("Zoom _out", "−", "Shortcut+Minus", "Zoom out"),
    ZOOM_FIT("Zoom to _fit", "Fit", "Shortcut+0", "Zoom to fit"),
    GRID("Show _grid", "Grid", null, "Show the grid"),
    SNAP("_Snap to grid", "Snap", null, "Snap moved devices to the grid"),
    EXPLAIN(
            "_Explain mode",
            "Explain mode",
            "F2",
            "For trainers: click a device to see its flows; change an option to see what it adds and removes"),
    ADD_CAMERAS("Add _cameras…", "Add cameras…", null, "Add a batch of cameras to a server"),
    BALANCE(
            "_Balance cameras (at most " + Balancer.PAGE_LIMIT + " per server)",
            "Balance",
            null,
            "Move cameras so no server records more than " + Balancer.PAGE_LIMIT),
    EXPORT_ALL("All files into a folder…", "Export…", "Shortcut+Shift+E", "Write every output into a folder");

    private final String menuText;
    private final String shortText;
    private final KeyCombination accelerator;
    private final String description;

    StandardAction(String menuText, String shortText, String accelerator, String description) {
        this.menuText = menuText;
        this.shortText = shortText;
        this.accelerator = accelerator == null ? null : KeyCombination.keyCombination(accelerator);
        this.description = description;
    }

    /** The menu's words, with an underscore before the mnemonic. */
    public String menuText() {
        return menuText;
    }

    /** The toolbar's words. */
    public String shortText() {
        return shortText;
    }

    /** The shortcut, or null when there is none. */
    public KeyCombination accelerator() {
        return accelerator;
    }

    /** The tooltip: what it does and its shortcut as this system spells it ("Save (Ctrl+S)"). */
    public String tooltip() {
        return accelerator == null ? description : description + " (" + accelerator.getDisplayText() + ")";
    }
}
