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

    static void apply(Scene scene, boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        if (!scene.getStylesheets().contains(OURS)) {
            scene.getStylesheets().add(OURS);
        }
    }
}
