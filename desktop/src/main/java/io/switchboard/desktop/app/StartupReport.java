package io.switchboard.desktop.app;

import io.switchboard.desktop.connection.Session;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * {@code -Dswitchboard.reportFirstWindow=true}: prints one line with the wall-clock time (epoch ms)
 * when the main window is first shown, one when the Calls page is complete (its table and chart,
 * which are built one frame after the window shows, have skins and have been laid out), and one when
 * the sandbox is ready — what the first-window benchmark (docs/benchmarks/desktop.md) reads. Off by default.
 */
final class StartupReport {
    static final String FIRST_WINDOW = "switchboard.firstWindow";
    static final String CALLS_COMPLETE = "switchboard.callsComplete";
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
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                if (laidOut(scene.lookup("#calls-table")) && laidOut(scene.lookup("#calls-chart"))) {
                    System.out.println(CALLS_COMPLETE + " " + System.currentTimeMillis());
                    scene.removePostLayoutPulseListener(this);
                }
            }
        });
        session.addListener((o, old, now) -> {
            if (old == null && now != null) {
                System.out.println(SESSION_READY + " " + System.currentTimeMillis());
            }
        });
    }

    /** In the scene, sized by a layout pass, and (for a control) skinned. The chart is a Region, not a Control. */
    private static boolean laidOut(Node node) {
        return node instanceof Region region && region.getWidth() > 0 && region.getHeight() > 0
                && (!(node instanceof Control control) || control.getSkin() != null);
    }
}
