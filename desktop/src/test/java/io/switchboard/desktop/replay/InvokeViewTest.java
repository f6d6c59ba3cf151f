package io.switchboard.desktop.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.replay.cases.TestCaseStore;
import io.switchboard.desktop.task.FxTaskExecutor;
import io.switchboard.desktop.testing.TestSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.text.Text;
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
 * Replay's Invoke tab on screen (headless Monocle) against the in-memory sandbox, at the size its page has
 * in a 1440×900 window: the user's JSON stays theirs, nothing hides behind a sideways scroll bar, every
 * function of the stack is offered, and a poll of an execution that does not exist is an error at once.
 */
@ExtendWith(ApplicationExtension.class)
class InvokeViewTest {
    /** The page's share of a 1440×900 window: the navigation column and status bar take the rest. */
    private static final int PAGE_WIDTH = 1250;
    private static final int PAGE_HEIGHT = 820;
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
        Path data = Files.createTempDirectory("invoke-view");
        replay = new ReplayViewModel(tasks, new SimpleObjectProperty<>(session), new TestCaseStore(data.resolve("test-cases")),
                new RecentFlows(data.resolve("recent-flows.properties")));
        stage.setScene(new Scene(new ReplayView(replay), PAGE_WIDTH, PAGE_HEIGHT));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tasks.activity().isEmpty());
        tasks.close();
    }

    @Test
    void applyToEvent_changesOnlyTheCallerContactAndParameters_keepingTheUsersFormattingAndKeyOrder(FxRobot robot) throws Exception {
        String mine = """
                {
                    "Details": {
                        "Parameters": {"old": "gone"},
                        "ContactData": {
                            "CustomerEndpoint": {"Type": "TELEPHONE_NUMBER", "Address": "+447700900123"},
                            "ContactId": "c-1",
                            "Channel": "VOICE"
                        }
                    },
                    "Name": "ContactFlowEvent"
                }
                """;
        robot.interact(() -> {
            replay.event().set(mine);
            replay.caller().set("+18003569377");
            replay.parameters().set("zeta=1\nalpha=two");
        });

        robot.clickOn("Apply to event ↴");

        String applied = robot.lookup("#event-editor").queryAs(TextArea.class).getText();
        String contact = EventTemplatesContact.of(applied);
        assertThat(contact).isNotEqualTo("c-1");
        assertThat(applied).isEqualTo("""
                {
                    "Details": {
                        "Parameters": {
                            "zeta": "1",
                            "alpha": "two"
                        },
                        "ContactData": {
                            "CustomerEndpoint": {"Type": "TELEPHONE_NUMBER", "Address": "+18003569377"},
                            "ContactId": "%s",
                            "Channel": "VOICE"
                        }
                    },
                    "Name": "ContactFlowEvent"
                }
                """.formatted(contact));
    }

    @Test
    void anInvalidEvent_saysWhyUnderTheEditor_withoutSqueezingTheResponse(FxRobot robot) throws Exception {
        TableView<?> response = robot.lookup("#response-table").queryTableView();
        double before = response.getWidth();

        robot.interact(() -> replay.event().set("{\"Name\":\"ContactFlowEvent\",\"Details\":{\"ContactData\":{\"ContactId\":\"c1\"},"
                + "\"Parameters\":{\"a_long_parameter_name_for_the_lookup\":3,\"another_long_parameter_name_too\":4,\"and_a_third\":5}}}"));
        WaitForAsyncUtils.waitForFxEvents();

        Label invalid = robot.lookup("#event-validation").queryAs(Label.class);
        assertThat(invalid.isVisible()).isTrue();
        assertThat(invalid.getText()).contains("must be a string");
        assertThat(response.getWidth()).isCloseTo(before, org.assertj.core.data.Offset.offset(1.0));
        assertThat(invalid.getWidth()).isLessThanOrEqualTo(robot.lookup("#event-editor").queryAs(TextArea.class).getWidth() + 1);
    }

    @Test
    void templatesEditorAndConnectsLimits_showTheirContent_withoutScrollingSideways(FxRobot robot) throws Exception {
        robot.interact(() -> replay.caller().set("+18003569377"));
        robot.clickOn("Apply to event ↴");
        robot.clickOn("#invoke");
        TableView<?> checks = robot.lookup("#checks-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> !replay.checks().isEmpty()));
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> templates = robot.lookup((Node n) -> n instanceof ListView<?> l && l.getItems() == replay.templates()).queryListView();
        assertThat(visibleScrollBars(templates, Orientation.VERTICAL)).as("the templates list scrolls").isEmpty();
        assertThat(visibleScrollBars(robot.lookup("#event-editor").query(), Orientation.HORIZONTAL)).as("the editor scrolls sideways").isEmpty();
        assertThat(visibleScrollBars(checks, Orientation.HORIZONTAL)).as("Connect's limits scroll sideways").isEmpty();
        // Each detail is whole: wrapped onto as many lines as it needs, inside a row as tall as they are.
        List<String> details = onFx(() -> checks.lookupAll(".sb-cell-text").stream()
                .filter(Node::isVisible).map(n -> (Text) n).filter(t -> t.getText() != null && !t.getText().isEmpty())
                .map(t -> t.getLayoutBounds().getHeight() <= ((javafx.scene.control.TableCell<?, ?>) t.getParent()).getHeight() + 1
                        && t.getLayoutBounds().getWidth() <= t.getWrappingWidth() + 1 ? "whole" : "cut: " + t.getText()).toList());
        assertThat(details).hasSize(3).containsOnly("whole");
    }

    @Test
    void invoke_offersEveryFunctionOfTheStack_fromItsOutputs(FxRobot robot) {
        ComboBox<?> functions = robot.lookup((Node n) -> n instanceof ComboBox<?> c && c.getItems() == replay.functionNames()).queryComboBox();

        List<String> offered = functions.getItems().stream().map(String::valueOf).toList();
        assertThat(offered).containsExactlyElementsOf(StackFunctions.of(session.outputs()).keySet());
        assertThat(offered).contains("Vanity", "Async wrapper", "Slow lookup");
    }

    @Test
    void aPollOfAnExecutionThatDoesNotExist_answersAnErrorAtTheFirstPoll(FxRobot robot) throws Exception {
        String stateMachine = session.output("AsyncStateMachineArn").orElseThrow();
        String nobody = stateMachine.replace(":stateMachine:", ":execution:") + ":no-such-contact-main";
        robot.interact(() -> {
            replay.template().set(replay.templates().get(2));
            replay.parameters().set("execution_id=" + nobody + "\ncount=3\ncount_max=20");
        });
        robot.clickOn("Apply to event ↴");

        robot.clickOn("#invoke");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> !replay.response().isEmpty()));

        assertThat(onFx(() -> List.copyOf(replay.response()))).contains(new ReplayViewModel.ResponseRow("status", "ERROR"))
                .anySatisfy(r -> assertThat(r.value()).contains("does not exist"));
    }

    private static List<ScrollBar> visibleScrollBars(Node in, Orientation orientation) throws Exception {
        return onFx(() -> in.lookupAll(".scroll-bar").stream().map(n -> (ScrollBar) n)
                .filter(b -> b.getOrientation() == orientation && b.isVisible())
                .toList());
    }

    private static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
    }

    /** The ContactId an event carries. */
    private static final class EventTemplatesContact {
        static String of(String event) throws Exception {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(event).path("Details").path("ContactData").path("ContactId").asText();
        }
    }
}
