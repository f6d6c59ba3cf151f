package io.switchboard.desktop.app;

import io.switchboard.desktop.connection.Session;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * {@code -Dswitchboard.reportFirstWindow=true}: prints one line with the wall-clock time (epoch ms)
 * when the main window is first shown, and one when the sandbox is ready — what the first-window
 * benchmark (docs/benchmarks/desktop.md) reads. Off by default.
 */
final class StartupReport {
    static final String FIRST_WINDOW = "switchboard.firstWindow";
    static final String SESSION_READY = "switchboard.sessionReady";

    private StartupReport() {
    }

    static void install(Stage stage, ObservableValue<Session> session) {
        if (!Boolean.getBoolean("switchboard.reportFirstWindow")) {
            return;
        }
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new javafx.event.EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                System.out.println(FIRST_WINDOW + " " + System.currentTimeMillis());
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
            }
        });
        session.addListener((o, old, now) -> {
            if (old == null && now != null) {
                System.out.println(SESSION_READY + " " + System.currentTimeMillis());
            }
        });
    }
}
