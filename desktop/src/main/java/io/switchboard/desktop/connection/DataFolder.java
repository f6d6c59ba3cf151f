package io.switchboard.desktop.connection;

import java.nio.file.Path;

/** Where Switchboard keeps what must survive a restart: the sandbox's data, settings, test cases. */
public final class DataFolder {
    private DataFolder() {
    }

    /** {@code -Dswitchboard.data=DIR} wins; else the platform's usual place (shared with the command line). */
    public static Path resolve() {
        return io.switchboard.stack.DataFolder.standard();
    }
}
