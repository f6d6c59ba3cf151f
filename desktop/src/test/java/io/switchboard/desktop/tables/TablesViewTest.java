package io.switchboard.desktop.tables;

import io.switchboard.desktop.aws.dynamodb.ItemFormat;
import io.switchboard.desktop.aws.dynamodb.ItemRow;
import io.switchboard.desktop.aws.dynamodb.KeyQuery;
import io.switchboard.desktop.aws.dynamodb.TableShape;
import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.FxTaskExecutor;
import io.switchboard.desktop.testing.TestSandbox;
import io.switchboard.lambdas.calllog.CallLog;
import io.switchboard.lambdas.calllog.CallRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
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
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The Tables page as a NoSQL Workbench user drives it, against the sandbox's call log. */
@ExtendWith(ApplicationExtension.class)
class TablesViewTest {
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final String CALLER = "+3538" + (1_000_000 + new java.util.Random().nextInt(8_000_000));
    private static final Instant EXPIRES = Instant.parse("2027-03-04T15:00:00Z");
    private static Session session;
    private static String first;
    private static String second;
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private TablesViewModel model;

    @BeforeAll
    static void sandbox() {
        session = TestSandbox.session();
        CallLog log = new CallLog(session.clients().dynamoDb(), session.outputs().get("CallsTableName"), 90);
        first = UUID.randomUUID().toString();
        second = UUID.randomUUID().toString();
        log.record(new CallRecord(first, CALLER, Instant.now().minusSeconds(30), List.of(), "NO_VANITY", EXPIRES,
                "no common English word of 3+ letters dials any part of 1234567"));
        log.record(new CallRecord(second, CALLER, Instant.now(), List.of("+353 8-FLOWERS"), "OK", EXPIRES.plus(Duration.ofDays(1)), "1 vanity number"));
    }

    @AfterAll
    static void closeSession() {
        session.close();
    }

    @Start
    void start(Stage stage) {
        model = new TablesViewModel(tasks, new SimpleObjectProperty<>(session), ZONE);
        Scene scene = new Scene(new TablesView(model), 1240, 760);
        stage.setScene(scene);
        stage.show();
        model.shown();
    }

    @AfterEach
    void tearDown() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tasks.activity().isEmpty());
        tasks.close();
    }

    @Test
    void theCallLogOpensScanned_andAQueryByContactIdOpensTheItem_withEveryAttribute_theTtlAsADate_andItsJson(FxRobot robot) throws Exception {
        TableView<ItemRow> items = robot.lookup("#items-table").queryTableView();
        Label summary = robot.lookup("#items-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> summary.getText().startsWith("Scan: ")));
        assertThat(items.getItems()).isNotEmpty();
        assertThat(items.getColumns()).first().extracting(c -> c.getText()).isEqualTo("contact_id");

        robot.clickOn("#mode-query");
        robot.clickOn("#partition-value").write(second);
        robot.clickOn("#run-query");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> items.getItems().size() == 1
                && items.getItems().get(0).cell("contact_id").equals(second));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(items).lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableRow<?> row
                && row.getItem() != null && row.getScene() != null && row.isVisible()).<javafx.scene.Node>query());

        TableView<ItemFormat.AttributeRow> attributes = robot.lookup("#item-attributes").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> attributes.getItems().size() > 4);
        Map<String, ItemFormat.AttributeRow> byName = attributes.getItems().stream()
                .collect(java.util.stream.Collectors.toMap(ItemFormat.AttributeRow::name, r -> r));
        assertThat(byName.get("status").value()).isEqualTo("OK");
        assertThat(byName.get("reason").value()).isEqualTo("1 vanity number");
        String expiresHere = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(EXPIRES.plus(Duration.ofDays(1)).atZone(ZONE));
        assertThat(byName.get("expires_at").note()).isEqualTo("TTL: expires " + expiresHere + " America/New_York");
        assertThat(robot.lookup("#item-title").queryAs(Label.class).getText()).isEqualTo("contact_id = " + second);
        String json = robot.lookup("#item-json").queryAs(TextArea.class).getText();
        assertThat(json).contains("\"contact_id\" : {").contains("\"S\" : \"" + second + "\"").contains("\"N\" : ");
        robot.clickOn("#copy-item-json");
        assertThat(WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get()).isEqualTo(json);
    }

    @Test
    void aQueryOnTheByCallerIndex_listsThatCallersCalls_newestLast(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.shape().get() != null);
        robot.clickOn("#mode-query");
        robot.interact(() -> model.target().set("by-caller"));
        robot.clickOn("#partition-value").write(CALLER);
        robot.clickOn("#run-query");

        TableView<ItemRow> items = robot.lookup("#items-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> items.getItems().size() == 2);
        assertThat(items.getItems()).extracting(r -> r.cell("contact_id")).containsExactly(first, second);
        assertThat(robot.lookup("#items-summary").queryAs(Label.class).getText()).startsWith("Query by-caller: caller = " + CALLER + ": 2 items");
    }

    @Test
    void aQueryWithoutAValue_saysWhatToType_insteadOfRunning(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.shape().get() != null);
        robot.clickOn("#mode-query");
        robot.clickOn("#run-query");

        assertThat(model.problem().get()).contains("partition key's value (contact_id)");
    }

    @Test
    void deletingAnItem_asksFirstNamingIt_thenItIsGoneFromTheListAndTheTable(FxRobot robot) throws Exception {
        String doomed = UUID.randomUUID().toString();
        new CallLog(session.clients().dynamoDb(), session.outputs().get("CallsTableName"), 90).record(new CallRecord(doomed, CALLER,
                Instant.now(), List.of(), "INVALID_NUMBER", EXPIRES, "not a phone number"));
        robot.interact(() -> model.openItem(StackTable.CALL_LOG, doomed));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.selected().get() != null && !model.attributes().isEmpty());

        robot.clickOn("#delete-item");
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getContentText()).contains("contact_id = " + doomed).contains("Call log").contains("cannot be undone");
        robot.clickOn((Button) dialog.lookupButton(javafx.scene.control.ButtonType.CANCEL));
        assertThat(model.items()).hasSize(1);

        robot.clickOn("#delete-item");
        dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        robot.clickOn((Button) dialog.lookupButton(javafx.scene.control.ButtonType.OK));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> !model.message().get().isEmpty()));
        assertThat(model.items()).isEmpty();
        assertThat(model.message().get()).isEqualTo("Deleted contact_id = " + doomed + " from Call log.");
        assertThat(session.clients().dynamoDb().getItem(b -> b.tableName(session.outputs().get("CallsTableName"))
                .key(Map.of("contact_id", AttributeValue.fromS(doomed))).consistentRead(true)).hasItem()).isFalse();
    }

    private static boolean onFx(java.util.concurrent.Callable<Boolean> check) throws Exception {
        return WaitForAsyncUtils.asyncFx(check).get();
    }
}
