package io.switchboard.desktop.app;

import io.switchboard.desktop.ui.PageModel;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/**
 * One entry of the navigation rail. Its view and view model are built the first time the page is
 * shown (or asked for), so starting the app builds only the page it opens on.
 */
final class Page {
    /** A page's built view and view model. */
    record Content(Node view, PageModel model) {
    }

    private final String title;
    private final Ikon icon;
    private Supplier<Content> build;
    private Content content;

    /** A page that builds its content on first use (on the FX thread). */
    Page(String title, Ikon icon, Supplier<Content> build) {
        this.title = title;
        this.icon = icon;
        this.build = Objects.requireNonNull(build);
    }

    /** A page whose content is already built. */
    Page(String title, Ikon icon, Node view, PageModel model) {
        this.title = title;
        this.icon = icon;
        this.content = new Content(view, model);
    }

    String title() {
        return title;
    }

    Ikon icon() {
        return icon;
    }

    Node view() {
        return content().view();
    }

    PageModel model() {
        return content().model();
    }

    boolean isBuilt() {
        return content != null;
    }

    private Content content() {
        if (content == null) {
            content = Objects.requireNonNull(build.get(), title + " page built nothing");
            build = null;
        }
        return content;
    }
}
