package io.switchboard.stack.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The deployable template the build packs into the stack jar (flows and ASL already inlined). */
public final class PackagedTemplate {
    public static final String RESOURCE = "/io/switchboard/stack/switchboard.template.yaml";

    private PackagedTemplate() {
    }

    /** Copies the template out of the jar so the template model can read it as a file. */
    public static Path extract() {
        try (InputStream in = PackagedTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The packaged template " + RESOURCE
                        + " is not on the classpath: build the project with ./mvnw -B package");
            }
            Path file = Files.createTempFile("switchboard-template", ".yaml");
            file.toFile().deleteOnExit();
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the packaged template", e);
        }
    }
}
