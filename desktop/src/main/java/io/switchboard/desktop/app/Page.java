package io.switchboard.desktop.app;

import io.switchboard.desktop.ui.PageModel;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** One entry of the navigation rail. */
record Page(String title, Ikon icon, Node view, PageModel model) {
}
