package io.switchboard.desktop;

/** Kept apart from {@link Main} so headless sub-commands never load JavaFX classes. */
final class DesktopLauncher {
    private DesktopLauncher() {
    }

    static void launch(String[] args) {
        ClassPreloader.start();
        javafx.application.Application.launch(io.switchboard.desktop.app.SwitchboardApp.class, args);
    }
}
