package io.switchboard.desktop.benchmark;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** The baseline of the first-window benchmark: an empty Stage, reported when shown the same way Switchboard reports. */
public final class MinimalWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 1400, 860));
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            System.out.println("switchboard.firstWindow " + System.currentTimeMillis());
            Platform.exit();
        });
        stage.show();
    }

    public static void main(String[] args) {
        launch(args);
    }
}
