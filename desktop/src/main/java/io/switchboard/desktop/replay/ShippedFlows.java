package io.switchboard.desktop.replay;

import io.switchboard.flows.FlowDocument;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The flows the flows jar ships ({@code flows/NAME.json}), by name: what Play can run. */
public final class ShippedFlows {
    /** What the stack deploys; used when the jar cannot be listed (an unusual class loader). */
    static final List<String> KNOWN = List.of("vanity", "async-demo", "async-native");

    private ShippedFlows() {
    }

    public static List<String> names() {
        try {
            Path location = Path.of(FlowDocument.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<String> names = Files.isDirectory(location) ? inFolder(location.resolve("flows")) : inJar(location);
            return names.isEmpty() ? KNOWN : names;
        } catch (IOException | URISyntaxException | RuntimeException unlisted) {
            return KNOWN;
        }
    }

    private static List<String> inFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return sorted(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - 5)).toList());
        }
    }

    private static List<String> inJar(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return sorted(file.stream().map(e -> e.getName())
                    .filter(n -> n.startsWith("flows/") && n.endsWith(".json") && n.indexOf('/', 6) < 0)
                    .map(n -> n.substring(6, n.length() - 5)).toList());
        }
    }

    /** The stack's flows first, in the order it deploys them, then any others by name. */
    private static List<String> sorted(List<String> found) {
        List<String> names = new ArrayList<>(KNOWN.stream().filter(found::contains).toList());
        found.stream().filter(n -> !KNOWN.contains(n)).sorted().forEach(names::add);
        return names;
    }
}
