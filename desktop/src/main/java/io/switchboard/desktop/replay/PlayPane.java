package io.switchboard.desktop.replay;

import io.switchboard.desktop.ui.InlineMessage;
import io.switchboard.desktop.ui.LongWorkBar;
import io.switchboard.desktop.ui.StyleClasses;
import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.DirectoryChooser;

/** Replay's "Play a call" tab: flow, caller, attributes, speed; the transcript with timings and dead air; the flow's findings. Layout only. */
final class PlayPane extends HBox {
    PlayPane(PlayViewModel model) {
        super(16);
        setPadding(new Insets(12, 0, 0, 0));
        TextField caller = new TextField();
        caller.setId("play-caller");
        caller.textProperty().bindBidirectional(model.caller());
        TextArea attributes = new TextArea();
        attributes.setId("play-attributes");
        attributes.setPrefRowCount(3);
        attributes.setPromptText("demo_fail=true");
        attributes.getStyleClass().add(StyleClasses.MONO);
        attributes.textProperty().bindBidirectional(model.attributes());
        TextField dtmf = new TextField();
        dtmf.setId("play-dtmf");
        dtmf.setPromptText("1, 1234#   (empty: a silent caller)");
        dtmf.textProperty().bindBidirectional(model.dtmf());
        ToggleGroup hours = new ToggleGroup();
        RadioButton open = new RadioButton("Open");
        open.setId("play-hours-open");
        RadioButton closed = new RadioButton("Closed");
        closed.setId("play-hours-closed");
        open.setToggleGroup(hours);
        closed.setToggleGroup(hours);
        closed.setSelected(!model.hoursOpen().get());
        open.setSelected(model.hoursOpen().get());
        open.selectedProperty().bindBidirectional(model.hoursOpen());
        ToggleGroup speed = new ToggleGroup();
        RadioButton realTime = new RadioButton("Real time");
        RadioButton fast = new RadioButton("Fast (prompts 10× shorter)");
        fast.setId("play-fast");
        realTime.setToggleGroup(speed);
        fast.setToggleGroup(speed);
        fast.setSelected(model.fast().get());
        realTime.setSelected(!model.fast().get());
        fast.selectedProperty().bindBidirectional(model.fast());
        Button play = new Button("Play");
        play.setId("play-call");
        play.setDefaultButton(true);
        play.disableProperty().bind(model.canPlay().not());
        play.setOnAction(e -> model.play());
        VBox form = new VBox(6, label("Flow"), new FlowPicker(model.flows()), label("Caller number"), caller, new InlineMessage(model.callerProblem()),
                label("Contact attributes (name=value per line)"), attributes, new InlineMessage(model.attributesProblem()),
                label("Caller presses (DTMF, comma-separated)"), dtmf, new InlineMessage(model.dtmfProblem()),
                label("Hours of operation"), new HBox(12, open, closed),
                label("Flows folder (for TransferToFlow)"), flowsFolder(model),
                label("Speed"), realTime, fast, play, new LongWorkBar(model.work()), saveCase(model));
        form.setPadding(new Insets(0, 12, 0, 0));
        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        formScroll.setPrefWidth(344);
        formScroll.setMinWidth(300);
        formScroll.getStyleClass().add("edge-to-edge");

        Label ending = new Label();
        ending.setId("play-ending");
        ending.textProperty().bind(model.ending());
        ending.getStyleClass().add(StyleClasses.BADGE);
        ending.visibleProperty().bind(model.ending().isNotEmpty());
        ending.managedProperty().bind(ending.visibleProperty());
        ending.setWrapText(true);
        ending.setMinHeight(Region.USE_PREF_SIZE);
        Label totals = new Label();
        totals.setId("play-totals");
        totals.textProperty().bind(model.totals());
        Label title = label("Transcript");
        title.setMinWidth(Region.USE_PREF_SIZE);
        VBox result = new VBox(6, new HBox(12, title, totals), ending, transcript(model), new InlineMessage(model.warnings()));
        FindingsPane findings = new FindingsPane(model.flows());
        findings.setPrefWidth(230);
        findings.setMinWidth(200);
        HBox.setHgrow(result, Priority.ALWAYS);
        getChildren().addAll(formScroll, result, findings);
    }

    private static HBox flowsFolder(PlayViewModel model) {
        TextField folder = new TextField();
        folder.setId("play-flows-folder");
        folder.setPromptText("none: transfers end the call");
        folder.textProperty().bindBidirectional(model.flowsFolder());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button("Choose…");
        choose.getStyleClass().add(atlantafx.base.theme.Styles.SMALL);
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("The folder of flows TransferToFlow and InvokeFlowModule go to");
            File current = model.flowsFolder().get().isBlank() ? null : new File(model.flowsFolder().get());
            if (current != null && current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File chosen = chooser.showDialog(choose.getScene().getWindow());
            if (chosen != null) {
                model.flowsFolder().set(chosen.getAbsolutePath());
            }
        });
        return new HBox(6, folder, choose);
    }

    private static VBox saveCase(PlayViewModel model) {
        TextField name = new TextField();
        name.setPromptText("Test case name");
        name.textProperty().bindBidirectional(model.caseName());
        ComboBox<String> ending = new ComboBox<>(FXCollections.observableArrayList(model.endings()));
        ending.valueProperty().bindBidirectional(model.expectEnding());
        TextField heard = new TextField();
        heard.setPromptText("Words the caller must hear");
        heard.textProperty().bindBidirectional(model.expectHeard());
        Button save = new Button("Save as test case");
        save.setId("play-save-case");
        save.setOnAction(e -> model.saveAsCase());
        VBox box = new VBox(6, label("Save as test case"), name, ending, heard, save);
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    private static TableView<TranscriptRow> transcript(PlayViewModel model) {
        TableView<TranscriptRow> table = new TableView<>(model.rows());
        table.setId("transcript-table");
        Label empty = new Label("Play a call to see what the caller hears, when, and how long they wait in silence.");
        empty.setWrapText(true);
        empty.setPadding(new Insets(24));
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("At", TranscriptRow::at, 76));
        table.getColumns().add(column("Step", TranscriptRow::what, 108));
        table.getColumns().add(column("Duration", TranscriptRow::duration, 92));
        table.getColumns().add(column("Dead air", TranscriptRow::deadAir, 92));
        TableColumn<TranscriptRow, String> detail = column("What happens", TranscriptRow::detail, -1);
        detail.setCellFactory(c -> wrapping(detail));
        table.getColumns().add(detail);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(TranscriptRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(StyleClasses.WARNING);
                if (!empty && item != null && item.warning()) {
                    getStyleClass().add(StyleClasses.WARNING);
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        return table;
    }

    private static TableColumn<TranscriptRow, String> column(String title, Function<TranscriptRow, String> value, double width) {
        TableColumn<TranscriptRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        if (width > 0) {
            column.setMinWidth(width);
            column.setPrefWidth(width);
            column.setMaxWidth(width);
        }
        return column;
    }

    /**
     * Long prompts (the vanity numbers spelled out, a menu read in full) wrap onto as many lines as they
     * need instead of ending in "…": a Text as wide as the column is the cell's graphic, so the row
     * grows to its height (a wrapping Labeled cell stays one row high).
     */
    private static TableCell<TranscriptRow, String> wrapping(TableColumn<TranscriptRow, String> column) {
        Text text = new Text();
        text.getStyleClass().add(StyleClasses.CELL_TEXT);
        text.wrappingWidthProperty().bind(column.widthProperty().subtract(18));
        TableCell<TranscriptRow, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty ? null : item);
                setGraphic(empty ? null : text);
                setText(null);
            }
        };
        cell.setPrefHeight(javafx.scene.control.Control.USE_COMPUTED_SIZE);
        return cell;
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(StyleClasses.HINT);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
