package io.switchboard.desktop.ui;

/** Our own style classes (defined in switchboard.css over AtlantaFX's colour tokens). */
public final class StyleClasses {
    public static final String RAIL = "sb-rail";
    public static final String RAIL_BUTTON = "sb-rail-button";
    public static final String STATUS_BAR = "sb-status-bar";
    public static final String NOTICE_BAR = "sb-notice-bar";
    public static final String PAGE = "sb-page";
    public static final String PAGE_TITLE = "sb-page-title";
    public static final String TOOLBAR = "sb-toolbar";
    public static final String INLINE_ERROR = "sb-inline-error";
    public static final String HINT = "sb-hint";
    public static final String MONO = "sb-mono";
    public static final String PASSED = "sb-passed";
    public static final String FAILED = "sb-failed";
    public static final String BADGE = "sb-badge";
    public static final String CHART = "sb-chart";
    public static final String WARNING = "sb-warning";
    /** A wrapping Text inside a table cell (Text takes -fx-fill, not the cell's text fill). */
    public static final String CELL_TEXT = "sb-cell-text";

    private StyleClasses() {
    }
}
