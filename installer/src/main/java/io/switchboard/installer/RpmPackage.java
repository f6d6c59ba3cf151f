package io.switchboard.installer;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.spi.ToolProvider;

/**
 * Build step: the {@code .rpm}, made by jpackage from the app image, which needs {@code rpmbuild}
 * (Debian's and Ubuntu's {@code rpm} package). Without it the step says so and is skipped, so a
 * developer's {@code -Pinstaller} build still makes the {@code .deb} and the {@code .tar.gz}; under
 * {@code CI=true} a missing rpmbuild fails the build, because CI installs it (.ci/run).
 * {@code RpmPackage JPACKAGE_ARGUMENT...}
 */
public final class RpmPackage {
    private RpmPackage() {
    }

    public static void main(String[] args) {
        if (!onPath("rpmbuild", System.getenv().getOrDefault("PATH", ""))) {
            String message = ".rpm not made: rpmbuild is not installed (Debian/Ubuntu: sudo apt-get install rpm)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + "; under CI=true .ci/run installs it");
            }
            System.out.println("[INFO] " + message);
            return;
        }
        ToolProvider jpackage = ToolProvider.findFirst("jpackage")
                .orElseThrow(() -> new IllegalStateException("this JDK has no jpackage (JDK 16 or newer has)"));
        int status = jpackage.run(System.out, System.err, args);
        if (status != 0) {
            throw new IllegalStateException("jpackage --type rpm failed with exit status " + status);
        }
    }

    static boolean onPath(String program, String path) {
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
                return true;
            }
        }
        return false;
    }
}
