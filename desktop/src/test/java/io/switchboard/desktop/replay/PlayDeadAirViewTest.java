package io.switchboard.desktop.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.replay.cases.TestCaseStore;
import io.switchboard.desktop.task.FxTaskExecutor;
import io.switchboard.desktop.testing.TestSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Dead air on screen: playing the async demo through the sandbox's wrapper, every silent pause between
 * polls has its dead air in the transcript, and the total is the sum of the column (decision 0025).
 */
@ExtendWith(ApplicationExtension.class)
class PlayDeadAirViewTest {
    private static final Pattern TOTAL = Pattern.compile("dead air (\\d+\\.\\d) s");
    private static Session session;
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private ReplayViewModel replay;

    @BeforeAll
    static void sandbox() {
        session = TestSandbox.session();
    }

    @AfterAll
    static void closeSession() {
        session.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        Path data = Files.createTempDirectory("play-dead-air");
        replay = new ReplayViewModel(tasks, new SimpleObjectProperty<>(session), new TestCaseStore(data.resolve("test-cases")),
                new RecentFlows(null));
        replay.tab().set("play");
        stage.setScene(new Scene(new ReplayView(replay), 1250, 820));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tasks.activity().isEmpty());
        tasks.close();
    }

    @Test
    void asyncDemo_everyPauseBetweenPollsIsDeadAir_andTheTotalIsTheirSum(FxRobot robot) throws Exception {
        robot.interact(() -> {
            replay.play().flow().set("async-demo");
            replay.play().caller().set("+447700900123");
            replay.play().attributes().set("demo_delay_ms=3000");
            replay.play().fast().set(true);
        });
        robot.clickOn("#play-call");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> replay.play().transcript().get() != null
                || !replay.play().work().problem().get().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(replay.play().work().problem().get()).isEmpty();

        TableView<TranscriptRow> transcript = robot.lookup("#transcript-table").queryTableView();
        List<TranscriptRow> rows = List.copyOf(transcript.getItems());
        List<TranscriptRow> silences = rows.stream().filter(r -> r.what().equals("Silence")).toList();
        assertThat(silences).isNotEmpty().allSatisfy(r -> assertThat(r.deadAir()).isEqualTo(r.duration()));
        double column = rows.stream().filter(r -> !r.deadAir().isEmpty())
                .mapToDouble(r -> Double.parseDouble(r.deadAir().replace(" s", ""))).sum();
        Matcher total = TOTAL.matcher(robot.lookup("#play-totals").queryAs(Label.class).getText());
        assertThat(total.find()).isTrue();
        // Each row is rounded to 0.1 s on its own: the total may differ from their sum by that rounding only.
        assertThat(Double.parseDouble(total.group(1)))
                .isCloseTo(column, org.assertj.core.data.Offset.offset(0.05 * rows.size() + 0.05));
        assertThat(Double.parseDouble(total.group(1))).as(String.format(Locale.ROOT, "silences alone: %d", silences.size()))
                .isGreaterThanOrEqualTo(silences.stream().mapToDouble(r -> Double.parseDouble(r.duration().replace(" s", ""))).sum() - 0.05);
    }
}
