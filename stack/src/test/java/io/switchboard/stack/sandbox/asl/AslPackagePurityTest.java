package io.switchboard.stack.sandbox.asl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The interpreter stays pure: no AWS SDK and no HTTP, so it can be reused and reasoned about alone. */
class AslPackagePurityTest {
    private static final List<String> FORBIDDEN = List.of("import software.amazon", "import com.amazonaws",
            "import com.sun.net.httpserver", "import java.net.http", "import java.net.");

    @Test
    void aslSources_importNeitherTheAwsSdkNorHttp() throws IOException {
        Path sources = Path.of("src/main/java/io/switchboard/stack/sandbox/asl");
        try (Stream<Path> files = Files.list(sources)) {
            List<String> offending = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(AslPackagePurityTest::forbiddenImports)
                    .toList();
            assertThat(offending).isEmpty();
        }
    }

    private static Stream<String> forbiddenImports(Path file) {
        try {
            return Files.readAllLines(file).stream()
                    .filter(line -> FORBIDDEN.stream().anyMatch(line::startsWith))
                    .map(line -> file.getFileName() + ": " + line);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
