package io.switchboard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.calls.CallRow;
import io.switchboard.desktop.calls.CallsView;
import io.switchboard.desktop.calls.CallsViewModel;
import io.switchboard.desktop.connect.EventTemplates;
import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.executions.AsyncDemoStarts;
import io.switchboard.desktop.executions.ExecutionsView;
import io.switchboard.desktop.executions.ExecutionsViewModel;
import io.switchboard.desktop.replay.ReplayView;
import io.switchboard.desktop.replay.ReplayViewModel;
import io.switchboard.desktop.replay.cases.TestCaseStore;
import io.switchboard.desktop.aws.dynamodb.ItemFormat;
import io.switchboard.desktop.tables.TablesView;
import io.switchboard.desktop.tables.TablesViewModel;
import io.switchboard.desktop.task.FxTaskExecutor;
import io.switchboard.desktop.task.Progress;
import io.switchboard.desktop.testing.TestSandbox;
import io.switchboard.lambdas.calllog.CallLog;
import io.switchboard.lambdas.calllog.CallRecord;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.feather.Feather;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The links between pages, wired as the app wires them, against the sandbox with the stack deployed: a
 * call leads to its execution (same ContactId), to Replay with its event and to its item in the call log
 * table; the execution leads back to the call.
 */
@ExtendWith(ApplicationExtension.class)
class PageLinksTest {
    private static Session session;
    private static String contactId;
    private static final String CALLER = "+447700900" + (100 + new java.util.Random().nextInt(900));
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private CallsViewModel calls;
    private ExecutionsViewModel executions;
    private ReplayViewModel replay;
    private TablesViewModel tables;
    private Shell shell;

    @BeforeAll
    static void sandbox() {
        session = TestSandbox.session();
        // an async-wrapper execution named after its ContactId, and the call with that ContactId in the call log
        contactId = new AsyncDemoStarts(session.functions(), session.outputs().get("AsyncWrapperFunctionAliasArn"), 3)
                .start(1, Progress.NONE).get(0);
        new CallLog(session.clients().dynamoDb(), session.outputs().get("CallsTableName"), 90).record(new CallRecord(contactId, CALLER,
                Instant.now(), List.of("+44 7700 FLOWER"), "OK", Instant.now().plus(Duration.ofDays(90)), "1 vanity number"));
    }

    @AfterAll
    static void closeSession() {
        session.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        var current = new SimpleObjectProperty<>(session);
        PageLinks links = new PageLinks();
        calls = new CallsViewModel(tasks, current, new SimpleIntegerProperty(60), Clock.systemUTC(), ZoneOffset.UTC);
        calls.autoRefresh().set(false);
        calls.links().set(links);
        executions = new ExecutionsViewModel(tasks, current);
        executions.linkCalls(links::openCall);
        replay = new ReplayViewModel(tasks, current, new TestCaseStore(Files.createTempDirectory("replay-cases")));
        tables = new TablesViewModel(tasks, current, ZoneOffset.UTC);
        List<Page> pages = List.of(
                new Page("Calls", Feather.PHONE_INCOMING, new CallsView(calls), calls),
                new Page("Executions", Feather.ACTIVITY, new ExecutionsView(executions), executions),
                new Page("Replay", Feather.PLAY_CIRCLE, new ReplayView(replay), replay),
                new Page("Tables", Feather.DATABASE, new TablesView(tables), tables));
        shell = new Shell(pages, new SimpleStringProperty("Sandbox"), tasks);
        links.attach(shell, pages);
        stage.setScene(new Scene(shell, 1240, 760));
        stage.show();
        shell.select(0);
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        robot.interact(() -> shell.select(2)); // Replay polls nothing
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tasks.activity().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        tasks.close();
    }

    @Test
    void aCallLeadsToItsExecution_andTheExecutionBackToTheCall(FxRobot robot) throws Exception {
        selectTheCall(robot);
        robot.clickOn("#call-executions");

        assertThat(robot.lookup("#executions-table").tryQuery()).isPresent();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> executions.selected().get() != null);
        assertThat(executions.selected().get().contactId()).isEqualTo(contactId);

        robot.clickOn("#open-call");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> calls.rows().size() == 1));
        assertThat(calls.searchText().get()).isEqualTo(contactId);
        assertThat(calls.rows().get(0).contactId()).isEqualTo(contactId);
    }

    @Test
    void aCallLeadsToReplay_withItsEventFilledIn(FxRobot robot) throws Exception {
        selectTheCall(robot);
        robot.clickOn("#call-replay");

        assertThat(replay.tab().get()).isEqualTo("invoke");
        assertThat(replay.function().get()).isEqualTo("Vanity");
        assertThat(replay.caller().get()).isEqualTo(CALLER);
        assertThat(EventTemplates.caller(replay.event().get())).isEqualTo(CALLER);
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(replay.event().get())
                .path("Details").path("ContactData").path("ContactId").asText()).isEqualTo(contactId);
        assertThat(replay.validation().get()).isEmpty();
    }

    @Test
    void aCallLeadsToItsItemInTheCallLogTable(FxRobot robot) throws Exception {
        selectTheCall(robot);
        robot.clickOn("#call-item");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> tables.attributes().size() > 4));
        assertThat(tables.itemTitle().get()).isEqualTo("contact_id = " + contactId);
        assertThat(tables.attributes()).extracting(ItemFormat.AttributeRow::name).contains("status", "reason", "expires_at");
        assertThat(robot.lookup("#item-json").tryQuery()).isPresent();
    }

    private void selectTheCall(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#calls-table").tryQuery().isPresent());
        TableView<CallRow> table = robot.lookup("#calls-table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(() -> table.getItems().stream().anyMatch(r -> r.contactId().equals(contactId))));
        robot.interact(() -> {
            CallRow row = table.getItems().stream().filter(r -> r.contactId().equals(contactId)).findFirst().orElseThrow();
            table.getSelectionModel().select(row);
        });
        assertThat(robot.lookup("#call-executions").queryButton().isDisabled()).isFalse();
    }

    private static boolean onFx(java.util.concurrent.Callable<Boolean> check) throws Exception {
        return WaitForAsyncUtils.asyncFx(check).get();
    }
}
