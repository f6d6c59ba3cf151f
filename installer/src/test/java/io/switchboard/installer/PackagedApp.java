package io.switchboard.installer;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The app image the {@code installer} profile made ({@code installer/target/jpackage/switchboard}),
 * and a way to run its launcher as a user would, with a throw-away home, optionally with no network.
 */
final class PackagedApp {
    private static final long TIME_LIMIT_SECONDS = 300;

    private PackagedApp() {
    }

    /** The app image; the tests run after jpackage made it, so its absence is a build error. */
    static Path image() {
        Path image = Path.of(System.getProperty("switchboard.appImage", "target/jpackage/switchboard"));
        if (!Files.isExecutable(image.resolve("bin/switchboard"))) {
            fail("no app image at " + image.toAbsolutePath() + ": run ./mvnw -B -Pinstaller verify");
        }
        return image;
    }

    /**
     * A command in a new network namespace that has only a loopback interface (brought up, since the
     * sandbox listens on 127.0.0.1): nothing beyond this machine can be reached. Skips (fails under
     * CI=true) where the kernel does not let this user make one.
     */
    static List<String> withoutNetwork(List<String> command) throws IOException, InterruptedException {
        Result links = run(offline(List.of("ip", "-o", "link", "show")), Path.of("."));
        if (links.status() != 0) {
            String reason = "cannot make a network namespace here (unshare --map-root-user --net): " + links.output();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(reason);
            }
            assumeTrue(false, reason);
        }
        if (links.output().lines().anyMatch(link -> !link.matches("\\d+: lo: .*"))) {
            fail("the namespace was to have only a loopback interface, but has: " + links.output());
        }
        return offline(command);
    }

    private static List<String> offline(List<String> command) {
        List<String> line = new ArrayList<>(List.of("unshare", "--map-root-user", "--net", "sh", "-c",
                "ip link set lo up && exec \"$@\"", "offline"));
        line.addAll(command);
        return line;
    }

    /** Runs {@code command} with HOME (and so the data folder) in {@code home}; output is stdout and stderr together. */
    static Result run(List<String> command, Path home) throws IOException, InterruptedException {
        Path output = Files.createTempFile("packaged-app", ".out");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().put("HOME", home.toAbsolutePath().toString());
            builder.environment().remove("XDG_DATA_HOME");
            builder.environment().remove("JAVA_TOOL_OPTIONS");
            Process process = builder.start();
            if (!process.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                fail(String.join(" ", command) + " did not end within " + TIME_LIMIT_SECONDS + " s: " + Files.readString(output));
            }
            return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    record Result(int status, String output) {
    }
}
