package io.switchboard.desktop.ui;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;

/**
 * Holds the space of a heavy part of a page (a table, a chart) and builds it one frame after its
 * window is first showing, so the window's first frame is drawn without it (progressive first paint:
 * the heavy controls' skins and first CSS pass no longer sit inside {@code stage.show()}). Size the
 * holder like the content (fixed height, or grow) so nothing moves when the content arrives.
 */
public final class DeferredContent extends StackPane {
    /** Every holder carries it, so {@link AfterFirstPaint} finds the ones still waiting. */
    public static final String STYLE_CLASS = "sb-deferred";
    private Supplier<? extends Node> build;
    private final ObservableValue<Boolean> showing;

    public DeferredContent(Supplier<? extends Node> build) {
        this.build = Objects.requireNonNull(build);
        getStyleClass().add(STYLE_CLASS);
        // Kept in a field: the mapped chain lives as long as this holder does.
        showing = sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
        showing.addListener((o, was, now) -> {
            if (now) {
                attachAfterNextFrame();
            }
        });
    }

    /** True once the content is built and in the scene graph. */
    public boolean isAttached() {
        return build == null;
    }

    private void attachAfterNextFrame() {
        if (build == null) {
            return;
        }
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                // The first pulse draws the window as it is; the content joins in the one after.
                if (++frames < 2) {
                    return;
                }
                stop();
                attach();
            }
        }.start();
    }

    private void attach() {
        if (build == null) {
            return;
        }
        Node content = build.get();
        build = null;
        getChildren().setAll(content);
    }
}
