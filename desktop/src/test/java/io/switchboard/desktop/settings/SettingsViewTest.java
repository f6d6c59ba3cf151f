package io.switchboard.desktop.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.aws.ConnectionTarget;
import io.switchboard.desktop.connection.ConnectionManager;
import io.switchboard.desktop.task.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Settings on screen (headless Monocle) on a computer with no AWS config at all. */
@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private Preferences preferences;
    private SettingsViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        Path home = Files.createTempDirectory("no-aws-config");
        preferences = new Preferences(home.resolve("settings.properties"));
        model = new SettingsViewModel(new ConnectionManager(tasks, null), tasks, preferences,
                new ConnectionTarget.ProfileFiles(home.resolve(".aws/config"), home.resolve(".aws/credentials")));
        stage.setScene(new Scene(new SettingsView(model), 1250, 820));
        stage.show();
        model.shown();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tasks.activity().isEmpty());
        tasks.close();
    }

    @Test
    void anInvalidRefreshInterval_isSaidInline_andTheIntervalStays(FxRobot robot) {
        TextField refresh = robot.lookup("#refresh-seconds").queryAs(TextField.class);
        Label problem = robot.lookup("#refresh-problem").queryAs(Label.class);

        for (String typed : new String[] {"0", "abc"}) {
            robot.interact(() -> refresh.setText(typed));
            assertThat(problem.isVisible()).as(typed).isTrue();
            assertThat(problem.getText()).as(typed).contains("2 to 300").contains("every 5 s");
            assertThat(refresh.getText()).as("what the user typed stays to be corrected").isEqualTo(typed);
            assertThat(preferences.refreshSeconds().get()).isEqualTo(5);
        }

        robot.interact(() -> refresh.setText("30"));
        assertThat(problem.isVisible()).isFalse();
        assertThat(preferences.refreshSeconds().get()).isEqualTo(30);
    }

    @Test
    void withNoAwsConfig_theRegionListOffersEveryConnectRegion_andConnectWaitsForAProfile(FxRobot robot) throws Exception {
        robot.clickOn((Node n) -> n instanceof javafx.scene.control.RadioButton r && r.getText().startsWith("AWS"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tasks.activity().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        ComboBox<?> region = robot.lookup("#region").queryComboBox();
        assertThat(region.getItems()).map(String::valueOf).contains("us-east-1", "us-west-2", "eu-west-2", "eu-central-1",
                "ap-southeast-2", "ap-northeast-1", "ca-central-1", "af-south-1", "ap-southeast-1", "ap-northeast-2");
        assertThat(robot.lookup("#connect").queryAs(Button.class).isDisabled()).isTrue();
        Label noProfiles = robot.lookup((Node n) -> n instanceof Label l && l.isVisible() && l.getText() != null
                && l.getText().startsWith("No AWS profiles found")).queryAs(Label.class);
        assertThat(noProfiles.getText()).contains("\u201caws configure\u201d").doesNotContain("`");

        robot.clickOn((Node n) -> n instanceof javafx.scene.control.RadioButton r && r.getText().startsWith("Sandbox"));
        assertThat(robot.lookup("#connect").queryAs(Button.class).isDisabled()).isFalse();
    }
}
