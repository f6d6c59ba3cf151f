package io.switchboard.desktop.replay;

import io.switchboard.desktop.replay.cases.CaseResult;
import io.switchboard.desktop.replay.cases.TestCase;
import io.switchboard.desktop.ui.InlineMessage;
import io.switchboard.desktop.ui.LongWorkBar;
import io.switchboard.desktop.ui.StyleClasses;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Replay's "Test cases" tab: the saved cases, Run all with progress and Cancel, a pass/fail row per case. Layout only. */
final class TestCasesPane extends VBox {
    TestCasesPane(TestCasesViewModel model) {
        super(8);
        setPadding(new Insets(12, 0, 0, 0));
        TableView<TestCase> cases = new TableView<>(model.cases());
        cases.setId("cases-table");
        cases.setPlaceholder(new Label("No test cases yet: save one from Invoke or Play a call."));
        cases.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        cases.getColumns().add(column("Name", TestCase::name));
        cases.getColumns().add(column("Kind", TestCase::kind));
        cases.getColumns().add(column("Expects", TestCasesPane::expects));
        cases.getSelectionModel().selectedItemProperty().addListener((o, a, chosen) -> model.selected().set(chosen));
        cases.setPrefHeight(220);

        Button run = new Button("Run all");
        run.setId("run-cases");
        run.setDefaultButton(true);
        run.disableProperty().bind(model.work().running());
        run.setOnAction(e -> model.runAll());
        Button delete = new Button("Delete");
        delete.disableProperty().bind(model.selected().isNull().or(model.work().running()));
        delete.setOnAction(e -> model.deleteSelected());
        Label folder = new Label("Saved in " + model.store().folder());
        folder.getStyleClass().add(StyleClasses.HINT);
        Label summary = new Label();
        summary.setId("cases-summary");
        summary.textProperty().bind(model.summary());

        TableView<CaseResult> results = new TableView<>(model.results());
        results.setId("results-table");
        results.setPlaceholder(new Label("Run all to see which cases pass."));
        results.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        results.getColumns().add(column("Result", r -> r.passed() ? "✔ passed" : "✘ failed"));
        results.getColumns().add(column("Name", CaseResult::name));
        results.getColumns().add(column("Kind", CaseResult::kind));
        results.getColumns().add(column("Time", r -> r.millis() + " ms"));
        results.getColumns().add(column("Why it failed", CaseResult::reason));
        results.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(CaseResult item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(StyleClasses.PASSED, StyleClasses.FAILED);
                if (!empty && item != null) {
                    getStyleClass().add(item.passed() ? StyleClasses.PASSED : StyleClasses.FAILED);
                }
            }
        });
        VBox.setVgrow(results, Priority.ALWAYS);
        getChildren().addAll(new HBox(8, run, delete, summary), folder, new InlineMessage(model.notice()), cases,
                new LongWorkBar(model.work()), results);
    }

    private static String expects(TestCase testCase) {
        if (testCase.invoke() != null) {
            var invoke = testCase.invoke();
            String pairs = invoke.expect().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted()
                    .reduce((a, b) -> a + ", " + b).orElse("");
            return pairs + (invoke.maxMillis() == null ? "" : (pairs.isEmpty() ? "" : ", ") + "≤ " + invoke.maxMillis() + " ms");
        }
        var play = testCase.play();
        return (play.expectEnding() == null ? "any ending" : "ends " + play.expectEnding())
                + (play.expectHeard() == null ? "" : ", hears \u201c" + play.expectHeard() + "\u201d");
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
