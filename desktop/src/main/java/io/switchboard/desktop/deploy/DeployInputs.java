package io.switchboard.desktop.deploy;

import io.switchboard.stack.sandbox.PackagedTemplate;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The two files a deploy sends: the packaged template and the Lambda jar. Looked up when a deploy
 * starts (off the UI thread), so a missing jar is reported then, with how to build it.
 */
public record DeployInputs(Supplier<Path> template, Supplier<Path> lambdaJar) {
    static final String JAR_NAME = "switchboard-lambdas.jar";

    /** The template packed in the stack jar, and the Lambda jar found next to the app or in the source tree. */
    public static DeployInputs installed() {
        return new DeployInputs(PackagedTemplate::extract, () -> findLambdaJar(searchPlaces()));
    }

    static Path findLambdaJar(List<Path> places) {
        String configured = System.getProperty("switchboard.lambdasJar");
        if (configured != null && Files.isRegularFile(Path.of(configured))) {
            return Path.of(configured);
        }
        for (Path place : places) {
            for (Path dir = place; dir != null; dir = dir.getParent()) {
                for (Path candidate : List.of(dir.resolve(JAR_NAME), dir.resolve("lib").resolve(JAR_NAME),
                        dir.resolve("deploy").resolve(JAR_NAME), // the installed package: lib/app/deploy/
                        dir.resolve("lambdas").resolve("target").resolve(JAR_NAME))) {
                    if (Files.isRegularFile(candidate)) {
                        return candidate;
                    }
                }
            }
        }
        throw new IllegalStateException("The Lambda jar (" + JAR_NAME + ") was not found next to Switchboard or in"
                + " lambdas/target. Build it with “./mvnw -B -pl lambdas package” in the Switchboard source folder,"
                + " or start Switchboard with -Dswitchboard.lambdasJar=/path/to/" + JAR_NAME + ".");
    }

    private static List<Path> searchPlaces() {
        List<Path> places = new ArrayList<>();
        codeLocation().ifPresent(places::add);
        places.add(Path.of("").toAbsolutePath());
        return places;
    }

    private static Optional<Path> codeLocation() {
        try {
            var source = DeployInputs.class.getProtectionDomain().getCodeSource();
            return source == null ? Optional.empty() : Optional.of(Path.of(source.getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
