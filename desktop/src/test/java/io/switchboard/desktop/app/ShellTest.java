package io.switchboard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.task.SameThreadTaskExecutor;
import io.switchboard.desktop.ui.PageModel;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.feather.Feather;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The rail builds a page the first time it is opened, once, so startup builds only the first page. */
@ExtendWith(ApplicationExtension.class)
class ShellTest {
    private final List<String> built = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();
    private List<Page> pages;
    private Shell shell;
    private final SimpleStringProperty notice = new SimpleStringProperty("");

    @Start
    void start(Stage stage) {
        pages = List.of(page("Deploy"), page("Calls"), page("Executions"));
        shell = new Shell(pages, new SimpleStringProperty("Sandbox"), new SameThreadTaskExecutor());
        shell.select(1);
        shell.showNotices(notice, () -> notice.set(""));
        stage.setScene(new Scene(shell, 800, 600));
        stage.show();
    }

    @Test
    void startingOnCalls_buildsOnlyCalls(FxRobot robot) {
        assertThat(built).containsExactly("Calls");
        assertThat(shown).containsExactly("Calls");
        assertThat(robot.lookup("#page-Calls").tryQuery()).isPresent();
        assertThat(pages.get(0).isBuilt()).isFalse();
    }

    @Test
    void openingAPageFromTheRail_buildsItOnce(FxRobot robot) {
        robot.clickOn("#nav-executions");
        robot.clickOn("#nav-calls");
        robot.clickOn("#nav-executions");
        assertThat(built).containsExactly("Calls", "Executions");
        assertThat(shown).containsExactly("Calls", "Executions", "Calls", "Executions");
        assertThat(robot.lookup("#page-Executions").tryQuery()).isPresent();
    }

    @Test
    void aNoticeFromTheSandbox_showsAboveThePages_untilDismissed(FxRobot robot) {
        assertThat(robot.lookup("#notice-bar").query().isVisible()).isFalse();
        robot.interact(() -> notice.set("Copied the earlier sandbox's data from DynamoDB Local's files in /data/sandbox/dynamodb: 5 items in switchboard-calls."));
        assertThat(robot.lookup("#notice-bar").query().isVisible()).isTrue();
        assertThat(robot.lookup("#notice-text").queryAs(Label.class).getText()).contains("5 items in switchboard-calls");

        robot.clickOn("#notice-dismiss");
        assertThat(robot.lookup("#notice-bar").query().isVisible()).isFalse();
    }

    private Page page(String title) {
        return new Page(title, Feather.CIRCLE, () -> {
            built.add(title);
            Label view = new Label(title);
            view.setId("page-" + title);
            return new Page.Content(view, new PageModel() {
                @Override
                public void shown() {
                    shown.add(title);
                }
            });
        });
    }
}
