package io.switchboard.desktop;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a background thread, the classes the console's first window and Calls page need (JavaFX,
 * the theme, the icons, our pages: {@code preload-classes.txt}, in the order a start loads them) while
 * the FX thread starts the toolkit and builds the window; the FX thread then finds most of them loaded
 * instead of reading and defining each from its jar itself. Classes are loaded, never initialised, so
 * nothing runs early. A class this platform lacks (another OS's windowing code) is skipped.
 * {@code -Dswitchboard.preload=false} turns it off.
 */
final class ClassPreloader {
    static final String LIST = "preload-classes.txt";

    private ClassPreloader() {
    }

    static void start() {
        if (!Boolean.parseBoolean(System.getProperty("switchboard.preload", "true"))) {
            return;
        }
        Thread thread = new Thread(ClassPreloader::loadAll, "class-preloader");
        thread.setDaemon(true);
        thread.start();
    }

    /** @return how many classes of the list were loaded */
    static int loadAll() {
        ClassLoader loader = ClassPreloader.class.getClassLoader();
        int loaded = 0;
        try (InputStream in = ClassPreloader.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return 0;
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String name;
            while ((name = lines.readLine()) != null) {
                if (name.isBlank()) {
                    continue;
                }
                try {
                    Class.forName(name.strip(), false, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError notHere) {
                    // another platform's class, or one a newer JavaFX renamed: the FX thread never asks for it
                }
            }
        } catch (IOException unreadable) {
            // the list is an optimisation only
        }
        return loaded;
    }
}
