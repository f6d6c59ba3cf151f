package io.switchboard.installer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code .deb}, unpacked into a throw-away root as dpkg would install it, plays a call through
 * its own sandbox with the network unavailable: no download, no licence dialog, no credentials.
 * Runs after jpackage in {@code ./mvnw -B -Pinstaller verify} (never in plain {@code verify}).
 */
class OfflineDebianPackageIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void installedPackage_playsAVanityCall_withNoNetwork(@TempDir Path root, @TempDir Path home) throws Exception {
        Path deb = onlyPackage(PackagedApp.image().getParent(), ".deb");
        assertThat(PackagedApp.run(List.of("dpkg-deb", "-x", deb.toString(), root.toString()), home).status()).isZero();
        Path launcher = root.resolve("opt/switchboard/bin/switchboard");

        PackagedApp.Result call = PackagedApp.run(PackagedApp.withoutNetwork(List.of(launcher.toString(),
                "simulate", "vanity", "--caller", "+18003569377", "--fast", "--json")), home);

        assertThat(call.status()).as(call.output()).isZero();
        JsonNode summary = JSON.readTree(call.output().substring(call.output().indexOf('{')));
        assertThat(summary.path("attributes").path("status").asText()).as(call.output()).isEqualTo("OK");
        assertThat(summary.path("attributes").path("vanity1").asText()).isEqualTo("1-800-FLOWERS");
        assertThat(summary.path("heard").toString()).contains("Your vanity numbers are: 1 8 0 0 [pause 0.2s] flowers.");
        assertThat(summary.path("lambdaCalls").findValuesAsText("outcome")).isNotEmpty().allMatch("OK"::equals);
    }

    private static Path onlyPackage(Path folder, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
            assertThat(found).as("%s packages in %s", suffix, folder).hasSize(1);
            return found.get(0);
        }
    }
}
