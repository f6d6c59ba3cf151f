package io.switchboard.desktop.benchmark;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The baseline of the first-window benchmark: an empty Stage, reported when shown the same way
 * Switchboard reports. Launched like Switchboard's Main (a plain main class, JavaFX on the class path).
 */
public final class MinimalWindow {
    private MinimalWindow() {
    }

    public static void main(String[] args) {
        Application.launch(EmptyStage.class, args);
    }

    public static final class EmptyStage extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(), 1400, 860));
            stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                System.out.println("switchboard.firstWindow " + System.currentTimeMillis());
                Platform.exit();
            });
            stage.show();
        }
    }
}
