package io.switchboard.desktop.replay;

import io.switchboard.desktop.replay.cases.CaseResult;
import io.switchboard.desktop.replay.cases.PlayDocument;
import io.switchboard.desktop.replay.cases.TestCase;
import io.switchboard.desktop.ui.InlineMessage;
import io.switchboard.desktop.ui.LongWorkBar;
import io.switchboard.desktop.ui.StyleClasses;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

/**
 * Replay's "Test cases" tab: the saved cases, Run all with progress and Cancel, a pass/fail row per case
 * (per observation for a Play case), Import and Export of testing-language documents. Layout only.
 */
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
        CheckBox fast = new CheckBox("Fast (10\u00d7)");
        fast.setId("cases-fast");
        fast.setTooltip(new Tooltip("Play cases at ten times real speed, whatever speed each was saved with; outcomes stay true"));
        fast.selectedProperty().bindBidirectional(model.fast());
        fast.disableProperty().bind(model.work().running());
        Button delete = new Button("Delete");
        delete.disableProperty().bind(model.selected().isNull().or(model.work().running()));
        delete.setOnAction(e -> model.deleteSelected());
        Button importDocument = new Button("Import\u2026");
        importDocument.setId("import-case");
        importDocument.setTooltip(new Tooltip("Add a Connect testing-language document; it runs on the flow and caller set in Play a call"));
        importDocument.disableProperty().bind(model.work().running());
        importDocument.setOnAction(e -> chooseDocument(null).ifPresent(model::importDocument));
        Button export = new Button("Export\u2026");
        export.setId("export-case");
        export.setTooltip(new Tooltip("Write the selected Play case's testing-language document, for switchboard test or CreateTestCase"));
        export.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.selected().get() == null || model.selected().get().play() == null, model.selected()));
        export.setOnAction(e -> chooseDocument(model.selected().get()).ifPresent(model::exportSelected));
        Label folder = new Label("Saved in " + model.store().folder() + ": Play cases as Connect testing-language documents,"
                + " Invoke cases in Switchboard's own format");
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
        results.getColumns().add(column("Observations", r -> String.join("\n", r.observations())));
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
        getChildren().addAll(new HBox(8, run, fast, delete, importDocument, export, summary), folder, new InlineMessage(model.notice()), cases,
                new LongWorkBar(model.work()), results);
    }

    private static String expects(TestCase testCase) {
        if (testCase.invoke() != null) {
            var invoke = testCase.invoke();
            String pairs = invoke.expect().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted()
                    .reduce((a, b) -> a + ", " + b).orElse("");
            return pairs + (invoke.maxMillis() == null ? "" : (pairs.isEmpty() ? "" : ", ") + "≤ " + invoke.maxMillis() + " ms");
        }
        return PlayDocument.expects(testCase.document());
    }

    /** @param exporting the case to export, or {@code null} to choose a document to import */
    private Optional<Path> chooseDocument(TestCase exporting) {
        boolean save = exporting != null;
        FileChooser chooser = new FileChooser();
        chooser.setTitle(save ? "Export a testing-language document" : "Import a testing-language document");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Testing-language document (JSON)", "*.json"));
        if (save) {
            chooser.setInitialFileName(exporting.name().replaceAll("[^A-Za-z0-9-]+", "-") + ".json");
        }
        File file = save ? chooser.showSaveDialog(getScene().getWindow()) : chooser.showOpenDialog(getScene().getWindow());
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value) {
        TableColumn<R, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
