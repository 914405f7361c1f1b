package com.valt.planner.ui.common;

/**
 * The style class names the window's Java code shares with planner.css, written once here so a
 * renamed class cannot silently lose its style. Colours and fonts live in the CSS only.
 */
public final class Styles {
    /** A panel's heading. */
    public static final String PANEL_TITLE = "panel-title";
    /** Quiet help text under a heading or beside a field. */
    public static final String HINT = "hint";
    /** A field's or form's problem, in red. */
    public static final String ERROR_TEXT = "error-text";
    /** The Add cameras form's problem line. */
    public static final String FORM_PROBLEM = "form-problem";
    /** A commissioning row whose result is what the plan expects, or is not. */
    public static final String PROBE_PASS = "probe-pass";

    public static final String PROBE_FAIL = "probe-fail";
    /** The commissioning status line when everything passed, or something failed. */
    public static final String STATUS_PASS = "status-pass";

    public static final String STATUS_FAIL = "status-fail";
    /** The comparison's one-line verdict. */
    public static final String VERDICT = "verdict";

    private Styles() {}
}
