package io.switchboard.desktop.dynamodblocal;

import atlantafx.base.theme.Styles;
import io.switchboard.desktop.dynamodblocal.DynamoDbLocalViewModel.Step;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The licence question, the download's progress, or why the sandbox cannot start: a window over the console. */
public final class DynamoDbLocalDialog {
    private static final double WIDTH = 600;
    private final DynamoDbLocalViewModel model;
    private final Runnable openSettings;
    private final Consumer<String> openLink;
    private final Stage stage = new Stage();
    private final VBox content = new VBox(12);
    private Node initialFocus;

    /**
     * @param openSettings shows the Settings page (an AWS account instead of the sandbox)
     * @param openLink     opens a web address in the user's browser
     */
    public DynamoDbLocalDialog(Window owner, DynamoDbLocalViewModel model, Runnable openSettings, Consumer<String> openLink) {
        this.model = model;
        this.openSettings = openSettings;
        this.openLink = openLink;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("DynamoDB Local licence");
        stage.setOnCloseRequest(e -> {
            e.consume(); // the window's close button means the same as the safe choice on each page
            switch (model.step().get()) {
                case ASKING -> model.decline();
                case DOWNLOADING -> model.cancel();
                default -> model.dismiss();
            }
        });
        content.setPadding(new Insets(20));
        content.setPrefWidth(WIDTH);
        content.setId("dynamodb-local-dialog");
        stage.setScene(new Scene(content));
        model.step().addListener((o, old, step) -> show(step));
        show(model.step().get());
    }

    private void show(Step step) {
        switch (step) {
            case HIDDEN -> {
                stage.hide();
                return;
            }
            case ASKING -> content.getChildren().setAll(asking());
            case DOWNLOADING -> content.getChildren().setAll(downloading());
            case STOPPED -> content.getChildren().setAll(stopped());
        }
        if (stage.getOwner().getScene() != null) {
            stage.getScene().getStylesheets().setAll(stage.getOwner().getScene().getStylesheets());
        }
        stage.sizeToScene();
        if (!stage.isShowing()) {
            stage.show();
        }
        initialFocus.requestFocus(); // the page's main button, so Enter and Esc do what its buttons say
    }

    private Node[] asking() {
        VBox terms = new VBox(6);
        model.summary().forEach(line -> terms.getChildren().add(wrapped("•  " + line)));
        Hyperlink page = new Hyperlink(model.awsPage());
        page.setId("dynamodb-local-licence-link");
        page.setOnAction(e -> openLink.accept(model.awsPage()));
        page.setPadding(Insets.EMPTY);
        VBox whereToRead = new VBox(2, wrapped("The agreement itself governs, not this summary. Read it in full at AWS, or in "
                + model.fileInJar() + " once downloaded:"), page);
        Label download = wrapped(model.whatIsDownloaded());
        download.getStyleClass().add(Styles.TEXT_MUTED);
        Button decline = new Button("Decline");
        decline.setId("dynamodb-local-decline");
        decline.setCancelButton(true);
        decline.setOnAction(e -> model.decline());
        Button accept = new Button("Accept and download");
        accept.setId("dynamodb-local-accept");
        accept.getStyleClass().add(Styles.ACCENT);
        accept.setDefaultButton(true);
        accept.setOnAction(e -> model.accept());
        initialFocus = accept;
        return new Node[] {title("The sandbox needs DynamoDB Local"),
                wrapped("Switchboard's sandbox keeps its tables in DynamoDB Local, AWS's local DynamoDB engine. It is not part of "
                        + "this package: it is downloaded from Maven Central once you accept the " + model.licenceName() + ". In short:"),
                terms, whereToRead, download, buttons(decline, accept)};
    }

    private Node[] downloading() {
        ProgressBar bar = new ProgressBar();
        bar.setId("dynamodb-local-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progress());
        Label file = new Label();
        file.textProperty().bind(model.progressText());
        file.getStyleClass().add(Styles.TEXT_MUTED);
        Button cancel = new Button("Cancel");
        cancel.setId("dynamodb-local-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.cancel());
        initialFocus = cancel;
        return new Node[] {title("Downloading DynamoDB Local"), bar, file, buttons(cancel)};
    }

    private Node[] stopped() {
        Label why = wrapped(model.problem().get());
        Button settings = new Button("Use an AWS account…");
        settings.setOnAction(e -> {
            model.dismiss();
            openSettings.run();
        });
        Button again = new Button("Try again");
        again.setOnAction(e -> model.tryAgain());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> model.dismiss());
        initialFocus = close;
        return new Node[] {title("The sandbox is not running"), why, buttons(settings, again, close)};
    }

    private static Label title(String text) {
        Label title = new Label(text);
        title.getStyleClass().add(Styles.TITLE_3);
        return title;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(WIDTH - 40);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static HBox buttons(Button... buttons) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, spacer);
        row.getChildren().addAll(buttons);
        row.setAlignment(Pos.CENTER_RIGHT);
        row.setPadding(new Insets(8, 0, 0, 0));
        return row;
    }
}
