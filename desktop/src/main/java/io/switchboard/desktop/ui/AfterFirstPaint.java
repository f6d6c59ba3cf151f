package io.switchboard.desktop.ui;

import javafx.scene.Scene;

/**
 * Runs work once the window's first page is complete: every {@link DeferredContent} in the scene built
 * and laid out (at most {@link #MAX_PULSES} pulses later, whatever the page). Background work started
 * here (the sandbox's boot) no longer competes with the FX thread for the CPU while the page is built.
 */
public final class AfterFirstPaint {
    /** About two seconds at 60 pulses a second: a page that never completes does not hold the work back longer. */
    static final int MAX_PULSES = 120;

    private AfterFirstPaint() {
    }

    public static void run(Scene scene, Runnable action) {
        scene.addPostLayoutPulseListener(new Runnable() {
            private int pulses;

            @Override
            public void run() {
                pulses++;
                boolean pending = scene.getRoot().lookupAll("." + DeferredContent.STYLE_CLASS).stream()
                        .anyMatch(node -> node instanceof DeferredContent deferred && !deferred.isAttached());
                if (!pending || pulses >= MAX_PULSES) {
                    scene.removePostLayoutPulseListener(this);
                    action.run();
                }
            }
        });
    }
}
