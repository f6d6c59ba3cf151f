package io.switchboard.desktop.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light or dark: AtlantaFX's Primer themes plus our small stylesheet on its tokens. */
final class Theme {
    private static final String OURS = Theme.class.getResource("/io/switchboard/desktop/ui/switchboard.css").toExternalForm();

    private Theme() {
    }

    /**
     * Sets the Primer user-agent stylesheet, AtlantaFX's precompiled binary form (.bss: no CSS
     * parsing at startup). Call before the first control is created, so JavaFX never loads Modena.
     */
    static void useUserAgent(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
    }

    static void apply(Scene scene, boolean dark) {
        useUserAgent(dark);
        if (!scene.getStylesheets().contains(OURS)) {
            scene.getStylesheets().add(OURS);
        }
    }
}
