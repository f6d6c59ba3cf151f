package io.switchboard.desktop.ui;

/** What the shell tells a page's view model: it became visible, hidden, or the user pressed F5. */
public interface PageModel {
    default void shown() {
    }

    default void hidden() {
    }

    default void refresh() {
    }
}
