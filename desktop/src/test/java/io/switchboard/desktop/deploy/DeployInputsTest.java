package io.switchboard.desktop.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a deploy finds the Lambda jar and the packaged template. */
class DeployInputsTest {
    @TempDir
    Path dir;

    @Test
    void lambdaJar_inTheSourceTree_isFoundFromAFolderBelowTheRepository() throws Exception {
        Path jar = Files.createDirectories(dir.resolve("lambdas/target")).resolve("switchboard-lambdas.jar");
        Files.write(jar, new byte[] {1});
        Path classes = Files.createDirectories(dir.resolve("desktop/target/classes"));

        assertThat(DeployInputs.findLambdaJar(List.of(classes))).isEqualTo(jar);
    }

    @Test
    void lambdaJar_nextToAnInstalledApp_isFoundInItsLibFolder() throws Exception {
        Path jar = Files.createDirectories(dir.resolve("app/lib")).resolve("switchboard-lambdas.jar");
        Files.write(jar, new byte[] {1});

        assertThat(DeployInputs.findLambdaJar(List.of(dir.resolve("app/switchboard-desktop.jar")))).isEqualTo(jar);
    }

    @Test
    void lambdaJar_inTheJpackagedApp_isFoundInItsDeployFolder() throws Exception {
        // /opt/switchboard/lib/app/{switchboard-desktop.jar, lib/*.jar, deploy/switchboard-lambdas.jar}
        Path jar = Files.createDirectories(dir.resolve("opt/switchboard/lib/app/deploy")).resolve("switchboard-lambdas.jar");
        Files.write(jar, new byte[] {1});

        assertThat(DeployInputs.findLambdaJar(List.of(dir.resolve("opt/switchboard/lib/app/switchboard-desktop.jar"))))
                .isEqualTo(jar);
    }

    @Test
    void lambdaJar_whenMissing_saysHowToBuildIt() {
        assertThatThrownBy(() -> DeployInputs.findLambdaJar(List.of(dir)))
                .hasMessageContaining("./mvnw -B -pl lambdas package")
                .hasMessageContaining("-Dswitchboard.lambdasJar=");
    }

    @Test
    void template_isThePackagedOneFromTheStackJar() throws Exception {
        Path template = DeployInputs.installed().template().get();

        assertThat(Files.readString(template)).contains("ConnectInstanceArn:").contains("AWS::StepFunctions::StateMachine");
    }
}
