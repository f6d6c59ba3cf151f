package io.switchboard.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ClassPreloaderTest {
    @Test
    void theListStillNamesTheClassesAStartLoads_soPreloadingIsNotReadingAStaleList() throws IOException {
        long listed;
        try (InputStream in = ClassPreloader.class.getResourceAsStream(ClassPreloader.LIST)) {
            listed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
        }

        int loaded = ClassPreloader.loadAll();

        assertThat(listed).isGreaterThan(1_000);
        assertThat(loaded).as("classes found of %d listed", listed).isGreaterThan((int) (listed * 0.95));
    }
}
