package io.switchboard.desktop.executions;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.FxTaskExecutor;
import io.switchboard.desktop.testing.TestSandbox;
import io.switchboard.desktop.ui.CallerNumber;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
 * Headless (Monocle) against the sandbox: the Executions page as deep as the Step Functions console —
 * the graph coloured by what each state did, the state table, the timeline of executions that ended
 * every way, the definition, search, redrive, and empty states that say what to do.
 */
@ExtendWith(ApplicationExtension.class)
class ExecutionsDepthViewTest {
    private static final String CALLER = "+447700900456";
    private static Session base;
    private static ShapedExecutions shaped;
    private static String succeeded;
    private static String failed;
    private static String caught;
    private static String aborted;
    private static String timedOut;
    private static String toRedrive;
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private ExecutionsViewModel model;

    @BeforeAll
    static void executions() {
        base = TestSandbox.session(); // off the FX thread: the guard forbids AWS calls there
        shaped = new ShapedExecutions(base);
        succeeded = shaped.start("ok", "+447700900111");
        failed = shaped.start("fail", CALLER);
        caught = shaped.start("catch", "+447700900333");
        aborted = shaped.start("wait", "+447700900444");
        timedOut = shaped.start("wait", "+447700900555");
        toRedrive = shaped.start("fail", "+447700900666");
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        shaped.stop(aborted);
        for (String contact : List.of(succeeded, failed, caught, aborted, timedOut, toRedrive)) {
            shaped.awaitEnd(contact);
        }
    }

    @AfterAll
    static void closeSession() {
        base.close();
    }

    @Start
    void start(Stage stage) {
        model = new ExecutionsViewModel(tasks, new SimpleObjectProperty<>(shaped.session(base)));
        stage.setScene(new Scene(new ExecutionsView(model), 1200, 700));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        tasks.close();
    }

    @Test
    void failedExecution_graphShowsWhatEachStateDid_andAClickedStateShowsItsInputAndError(FxRobot robot) throws Exception {
        open(robot, failed);

        assertThat(style(robot, "Prepare")).contains("-color-success-emphasis");
        assertThat(style(robot, "CallMissing")).contains("-color-danger-emphasis");
        assertThat(style(robot, "Hold")).contains("-color-border-default"); // not entered
        assertThat(stateText(robot, "Hold")).contains("not entered");

        robot.interact(() -> robot.lookup("#execution-graph").queryAs(StateGraphView.class).reveal("CallMissing"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(stateBox(robot, "CallMissing"));
        WaitForAsyncUtils.waitForFxEvents();

        String detail = robot.lookup("#execution-state-detail").queryAs(TextArea.class).getText();
        assertThat(detail).startsWith("CallMissing · Task · FAILED").contains("retries 0").contains("Input").contains("Error")
                .contains(CallerNumber.mask(CALLER)).doesNotContain(CALLER);
    }

    @Test
    void caughtError_isColouredAsCaught_andTheStatesTableListsEachStateWithStatusAndDuration(FxRobot robot) throws Exception {
        open(robot, caught);

        assertThat(style(robot, "CallCaught")).contains("-color-warning-emphasis");
        assertThat(style(robot, "Recover")).contains("-color-success-emphasis");
        robot.interact(() -> model.detailsTab().set("states"));
        TableView<StateRuns.Run> states = robot.lookup("#execution-states").queryTableView();
        assertThat(states.getItems()).extracting(StateRuns.Run::state).containsExactly("Prepare", "Route", "CallCaught", "Recover", "Done");
        assertThat(states.getColumns()).extracting(c -> c.getText()).containsExactly("State", "Type", "Status", "Started", "Duration", "Retries");
        assertThat(cellTexts(robot)).contains("caught error", "Choice", "Task");
    }

    @Test
    void timeline_ofExecutionsThatEndedEveryWay_neverShowsAStateRunning(FxRobot robot) throws Exception {
        robot.interact(() -> model.detailsTab().set("timeline"));
        for (String contact : List.of(succeeded, failed, caught, aborted, timedOut)) {
            open(robot, contact);
            Set<String> labels = robot.from(robot.lookup("#execution-timeline").queryAs(Node.class)).lookup(".label")
                    .queryAllAs(Label.class).stream().map(Label::getText).collect(Collectors.toSet());
            assertThat(labels).as(contact).contains("Prepare", "Route");
            assertThat(labels).as(contact).noneMatch(text -> text.contains("running"));
        }
        open(robot, aborted);
        assertThat(model.diagram().runs().get().status("Hold")).isEqualTo(StateRuns.Status.ABORTED);
        open(robot, timedOut);
        assertThat(model.diagram().runs().get().status("Hold")).isEqualTo(StateRuns.Status.FAILED);
    }

    @Test
    void search_findsByContactIdOrCaller_andShowExecutionsForSelectsTheCallsExecution(FxRobot robot) throws Exception {
        robot.interact(model::shown);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.rows().size() == 6
                && model.rows().stream().allMatch(r -> r.caller().known()));
        TableView<ExecutionRow> table = robot.lookup("#executions-table").queryTableView();

        robot.clickOn("#executions-search").write("07700 900333");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(ExecutionRow::contactId).containsExactly(caught);

        robot.interact(() -> model.search().set("no-such-call"));
        assertThat(table.getItems()).isEmpty();
        assertThat(((Label) table.getPlaceholder()).getText()).contains("No execution matches").contains("no-such-call")
                .contains("6 listed");

        robot.interact(() -> model.showExecutionsFor(timedOut));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).extracting(ExecutionRow::contactId).containsExactly(timedOut);
        assertThat(model.selected().get().contactId()).isEqualTo(timedOut);
    }

    @Test
    void redrive_offeredOnlyWhereStepFunctionsAllowsIt_andAfterConfirmingRunsTheFailedStateAgain(FxRobot robot) throws Exception {
        open(robot, succeeded);
        Button redrive = robot.lookup("#redrive-execution").queryButton();
        assertThat(redrive.isDisabled()).isTrue();

        open(robot, toRedrive);
        // Whether Step Functions allows a redrive comes from its own DescribeExecution, read after the details.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !redrive.isDisabled());
        assertThat(model.redrive().question()).contains(toRedrive).contains("from CallMissing").contains(CallerNumber.mask("+447700900666"));
        robot.clickOn(redrive);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("OK");
        shaped.awaitEnd(toRedrive);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.diagram().runs().get().entries("CallMissing") == 2
                && model.history().stream().anyMatch(e -> e.type().equals("ExecutionRedriven"))
                && model.history().stream().filter(e -> e.type().equals("ExecutionFailed")).count() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.diagram().runs().get().entries("Prepare")).isEqualTo(1); // succeeded states do not run again
        assertThat(stateText(robot, "CallMissing")).contains("×2");
        assertThat(model.redrive().hint().get()).contains("Redriven 1 time");
    }

    @Test
    void definitionTab_showsTheDefinitionItRanPretty_andCopiesIt(FxRobot robot) throws Exception {
        open(robot, succeeded);
        robot.interact(() -> model.detailsTab().set("definition"));

        String text = robot.lookup("#execution-definition").queryAs(TextArea.class).getText();
        assertThat(text).contains("\"CallMissing\" : {").contains("\n  \"States\"");
        robot.clickOn("Copy definition");
        WaitForAsyncUtils.waitForFxEvents();
        String copied = WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get();
        assertThat(copied).isEqualTo(text);
    }

    /** Lists the executions and selects one, waiting until its details (graph, history) are shown. */
    private void open(FxRobot robot, String contactId) throws Exception {
        robot.interact(model::shown);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.rows().stream().anyMatch(r -> r.contactId().equals(contactId)));
        robot.interact(() -> model.selected().set(model.rows().stream().filter(r -> r.contactId().equals(contactId)).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.selected().get() != null
                && model.selected().get().contactId().equals(contactId) && model.diagram().graph().get() != null
                && !model.diagram().runList().isEmpty()
                && model.history().stream().anyMatch(e -> e.type().equals("ExecutionStarted") && e.detail() != null
                        && e.detail().contains(contactId)) // this execution's history, not the one shown before
                && model.history().stream().anyMatch(e -> e.type().startsWith("Execution") && !e.type().equals("ExecutionStarted")));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static Node stateBox(FxRobot robot, String state) {
        return robot.lookup("." + StateGraphView.STATE_BOX).match(n -> state.equals(n.getUserData())).query();
    }

    private static String style(FxRobot robot, String state) {
        return stateBox(robot, state).getStyle();
    }

    private static String stateText(FxRobot robot, String state) {
        return robot.from(stateBox(robot, state)).lookup(".label").queryAllAs(Label.class).stream().map(Label::getText)
                .collect(Collectors.joining(" "));
    }

    private static Set<String> cellTexts(FxRobot robot) {
        return robot.lookup("#execution-states .table-cell").queryAllAs(javafx.scene.control.Labeled.class).stream()
                .map(javafx.scene.control.Labeled::getText).filter(t -> t != null).collect(Collectors.toSet());
    }
}
