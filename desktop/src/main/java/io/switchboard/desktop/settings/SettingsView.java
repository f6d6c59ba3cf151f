package io.switchboard.desktop.settings;

import io.switchboard.desktop.aws.AwsProfiles.AwsProfile;
import io.switchboard.desktop.ui.InlineMessage;
import io.switchboard.desktop.ui.PageHeader;
import io.switchboard.desktop.ui.StyleClasses;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Settings: where to connect, and how it looks. Layout only. */
public final class SettingsView extends VBox {
    public SettingsView(SettingsViewModel model) {
        getStyleClass().add(StyleClasses.PAGE);
        ToggleGroup mode = new ToggleGroup();
        RadioButton sandbox = new RadioButton("Sandbox — a local cloud on this computer, no AWS account needed");
        RadioButton aws = new RadioButton("AWS — a profile from ~/.aws/config or ~/.aws/credentials (SSO included)");
        sandbox.setToggleGroup(mode);
        aws.setToggleGroup(mode);
        sandbox.setSelected(!model.useAws().get());
        aws.setSelected(model.useAws().get());
        aws.selectedProperty().bindBidirectional(model.useAws());

        ComboBox<AwsProfile> profile = new ComboBox<>(model.profiles());
        profile.setId("profile");
        profile.valueProperty().bindBidirectional(model.profile());
        profile.setCellFactory(list -> new ProfileCell());
        profile.setButtonCell(new ProfileCell());
        profile.setPrefWidth(320);
        ComboBox<String> region = new ComboBox<>(model.regions());
        region.setId("region");
        region.setEditable(true);
        region.valueProperty().bindBidirectional(model.region());
        region.setPrefWidth(320);
        region.setPromptText("A Region Amazon Connect runs in");
        profile.disableProperty().bind(model.useAws().not());
        region.disableProperty().bind(model.useAws().not());

        Button connect = new Button("Connect");
        connect.setId("connect");
        connect.setDefaultButton(true);
        connect.setOnAction(e -> model.connect());
        connect.disableProperty().bind(model.canConnect().not());
        Label status = new Label();
        status.textProperty().bind(model.connectionStatus().concat(""));
        status.getStyleClass().add(StyleClasses.BADGE);

        GridPane awsFields = new GridPane();
        awsFields.setHgap(12);
        awsFields.setVgap(8);
        awsFields.addRow(0, new Label("Profile"), profile);
        awsFields.addRow(1, new Label("Region"), region);
        awsFields.setPadding(new javafx.geometry.Insets(0, 0, 0, 28));

        Label note = new Label("Switchboard never stores credentials: it asks the AWS SDK to read your profile each time it connects.");
        note.getStyleClass().add(StyleClasses.HINT);
        note.setWrapText(true);

        javafx.scene.control.CheckBox dark = new javafx.scene.control.CheckBox("Dark theme (Ctrl+D)");
        dark.selectedProperty().bindBidirectional(model.dark());
        TextField refresh = new TextField();
        refresh.setId("refresh-seconds");
        refresh.setPrefColumnCount(5);
        refresh.textProperty().bindBidirectional(model.refreshText());
        InlineMessage refreshProblem = new InlineMessage(model.refreshProblem());
        refreshProblem.setId("refresh-problem");

        GridPane look = new GridPane();
        look.setHgap(12);
        look.setVgap(8);
        look.addRow(0, new Label("Theme"), dark);
        look.addRow(1, new Label("Calls refresh (s)"), refresh);
        look.add(refreshProblem, 1, 2);

        getChildren().addAll(new PageHeader("Settings"), section("Connection"), sandbox, aws, awsFields,
                new javafx.scene.layout.HBox(12, connect, status), new InlineMessage(model.problem()),
                new InlineMessage(model.profilesProblem()), note, section("Appearance"), look);
    }

    private static Label section(String title) {
        Label label = new Label(title);
        label.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_4);
        return label;
    }

    private static final class ProfileCell extends ListCell<AwsProfile> {
        @Override
        protected void updateItem(AwsProfile item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : item.name() + (item.sso() ? "  (SSO)" : "") + (item.region() == null ? "" : "  · " + item.region()));
        }
    }
}
