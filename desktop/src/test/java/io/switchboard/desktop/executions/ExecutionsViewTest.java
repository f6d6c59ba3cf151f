package io.switchboard.desktop.executions;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.FxTaskExecutor;
import io.switchboard.desktop.testing.TestSandbox;
import io.switchboard.desktop.ui.CallerColumn;
import io.switchboard.desktop.ui.CallerNumber;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
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
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Headless (Monocle) UI test against the sandbox: the Caller column fills in by itself, masked until clicked. */
@ExtendWith(ApplicationExtension.class)
class ExecutionsViewTest {
    private static final String CALLER = "+447700900177";
    private static Session base;
    private static CallerExecutions started;
    private static String contactId;
    private final FxTaskExecutor tasks = new FxTaskExecutor();
    private ExecutionsViewModel model;

    @BeforeAll
    static void executions() {
        base = TestSandbox.session(); // off the FX thread: the guard forbids AWS calls there
        started = new CallerExecutions(base);
        started.start("+18005550123");
        contactId = started.start(CALLER);
    }

    @AfterAll
    static void closeSession() {
        base.close();
    }

    @Start
    void start(Stage stage) {
        model = new ExecutionsViewModel(tasks, new SimpleObjectProperty<>(started.session(base)));
        stage.setScene(new Scene(new ExecutionsView(model), 1200, 700));
        stage.show();
    }

    @AfterEach
    void tearDown() {
        tasks.close();
    }

    @Test
    void callers_fillInWithoutOpeningAnExecution_maskedUntilTheCellIsClicked(FxRobot robot) throws Exception {
        robot.interact(model::shown);
        TableView<ExecutionRow> table = robot.lookup("#executions-table").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 2
                && table.getItems().stream().allMatch(r -> r.caller().known()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getColumns()).extracting(c -> c.getText()).contains(CallerColumn.TITLE);
        assertThat(table.getSelectionModel().getSelectedItem()).isNull();
        String masked = CallerNumber.mask(CALLER);
        assertThat(robot.lookup(".table-cell").match(LabeledMatchers.hasText(CALLER)).tryQuery()).isEmpty();
        Node cell = robot.lookup(".table-cell").match(LabeledMatchers.hasText(masked)).query();

        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(((Labeled) cell).getText()).isEqualTo(CALLER);
        ExecutionRow row = table.getItems().stream().filter(r -> r.contactId().equals(contactId)).findFirst().orElseThrow();
        assertThat(row.caller().revealed().get()).isTrue();
    }
}
