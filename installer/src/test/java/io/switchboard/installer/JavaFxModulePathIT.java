package io.switchboard.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher runs JavaFX from the module path, so the console starts without JavaFX's
 * "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" warning.
 */
class JavaFxModulePathIT {
    private static final String WARNING = "Unsupported JavaFX configuration";

    @Test
    void launcher_putsJavaFxOnTheModulePath_andNoJavaFxJarOnTheClassPath() throws Exception {
        Path app = PackagedApp.image().resolve("lib/app");
        String config = Files.readString(app.resolve("switchboard.cfg"));

        assertThat(config).contains("java-options=--module-path=$APPDIR/javafx", "java-options=--add-modules=javafx.controls,javafx.swing");
        assertThat(config.lines().filter(line -> line.startsWith("app.classpath="))).noneMatch(line -> line.matches(".*/javafx-[a-z]+-[^/]*\\.jar"));
        try (Stream<Path> modules = Files.list(app.resolve("javafx"))) {
            assertThat(modules.map(m -> m.getFileName().toString()))
                    .anyMatch(m -> m.matches("javafx-graphics-.*-linux\\.jar"))
                    .anyMatch(m -> m.matches("javafx-controls-.*-linux\\.jar"));
        }
    }

    @Test
    void console_startsInAVirtualDisplay_withoutTheUnnamedModuleWarning(@TempDir Path home) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/xvfb-run")), "xvfb-run is not installed (apt-get install xvfb): the console's start is not checked");
        Path launcher = PackagedApp.image().resolve("bin/switchboard");

        // The console runs until closed: give it 45 s to start, load JavaFX and draw, then stop it.
        PackagedApp.Result start = PackagedApp.run(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x800x24",
                "timeout", "45", launcher.toString()), home);

        assertThat(start.output()).as(start.output()).doesNotContain(WARNING).doesNotContain("Exception in Application start");
        assertThat(start.status()).as("timeout's status when it had to stop the running console; " + start.output()).isEqualTo(124);
    }
}
