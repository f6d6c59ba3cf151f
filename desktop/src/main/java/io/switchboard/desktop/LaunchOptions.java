package io.switchboard.desktop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The desktop console's own options: {@code --data DIR} (or {@code --data=DIR}) chooses its data folder
 * (the sandbox's tables, settings, test cases), as {@code sandbox serve --data DIR} does for the command line.
 * Every other argument is left for JavaFX.
 *
 * @param dataFolder the folder chosen, absolute; null when none was
 */
record LaunchOptions(Path dataFolder, List<String> rest) {

    static LaunchOptions parse(String[] args) {
        Path data = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--data")) {
                if (i + 1 >= args.length || args[i + 1].isBlank() || args[i + 1].startsWith("--")) {
                    throw new IllegalArgumentException("--data needs a folder: switchboard --data DIR");
                }
                data = Path.of(args[++i]).toAbsolutePath().normalize();
            } else if (arg.startsWith("--data=")) {
                String value = arg.substring("--data=".length());
                if (value.isBlank()) {
                    throw new IllegalArgumentException("--data needs a folder: switchboard --data DIR");
                }
                data = Path.of(value).toAbsolutePath().normalize();
            } else {
                rest.add(arg);
            }
        }
        return new LaunchOptions(data, List.copyOf(rest));
    }
}
