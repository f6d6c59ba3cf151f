package io.switchboard.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code switchboard --data DIR}: the console's data folder, chosen on the command line. */
class LaunchOptionsTest {

    @Test
    void dataDir_isTheConsolesDataFolder_madeAbsolute_andLeftOutOfJavaFxsArguments() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"--data", "demo/../demo-data", "--fullscreen"});

        assertThat(options.dataFolder()).isEqualTo(Path.of("demo-data").toAbsolutePath());
        assertThat(options.rest()).containsExactly("--fullscreen");
    }

    @Test
    void dataEqualsDir_worksToo() {
        assertThat(LaunchOptions.parse(new String[] {"--data=/tmp/switchboard-demo"}).dataFolder()).isEqualTo(Path.of("/tmp/switchboard-demo"));
    }

    @Test
    void noDataOption_leavesTheUsualPlace() {
        assertThat(LaunchOptions.parse(new String[] {"--fullscreen"}).dataFolder()).isNull();
    }

    @Test
    void dataWithoutAFolder_isAUsageError() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--data"})).hasMessageContaining("--data needs a folder");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--data", "--fullscreen"})).hasMessageContaining("--data needs a folder");
    }
}
