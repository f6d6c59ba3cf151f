package io.switchboard.desktop.settings;

import io.switchboard.desktop.aws.AwsProfiles;
import io.switchboard.desktop.aws.AwsProfiles.AwsProfile;
import io.switchboard.desktop.aws.ConnectionTarget;
import io.switchboard.desktop.connection.ConnectionManager;
import io.switchboard.desktop.task.TaskExecutor;
import io.switchboard.desktop.ui.PageModel;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Connection (sandbox or an AWS profile and region) and look (light or dark). */
public final class SettingsViewModel implements PageModel {
    private final ConnectionManager connections;
    private final TaskExecutor tasks;
    private final Preferences preferences;
    private final AwsProfiles profilesSource;
    private final ConnectionTarget.ProfileFiles files;
    private final ObservableList<AwsProfile> profiles = FXCollections.observableArrayList();
    private final ObservableList<String> regions = FXCollections.observableArrayList(AwsProfiles.regions());
    private final ObjectProperty<AwsProfile> profile = new SimpleObjectProperty<>();
    private final StringProperty region = new SimpleStringProperty("");
    private final BooleanProperty useAws = new SimpleBooleanProperty(false);
    private final StringProperty profilesProblem = new SimpleStringProperty("");

    public SettingsViewModel(ConnectionManager connections, TaskExecutor tasks, Preferences preferences, ConnectionTarget.ProfileFiles files) {
        this.connections = connections;
        this.tasks = tasks;
        this.preferences = preferences;
        this.files = files;
        this.profilesSource = new AwsProfiles(files);
        region.set(preferences.lastRegion().get());
        profile.addListener((o, old, chosen) -> {
            if (chosen != null && chosen.region() != null && (region.get() == null || region.get().isBlank())) {
                region.set(chosen.region());
            }
        });
    }

    @Override
    public void shown() {
        loadProfiles();
    }

    @Override
    public void refresh() {
        loadProfiles();
    }

    public void loadProfiles() {
        tasks.submit("Reading AWS profiles", progress -> profilesSource.list(), this::showProfiles,
                failure -> profilesProblem.set("Cannot read ~/.aws/config: " + failure.getMessage()));
    }

    private void showProfiles(List<AwsProfile> found) {
        profiles.setAll(found);
        profilesProblem.set(found.isEmpty() ? "No AWS profiles found in ~/.aws/config or ~/.aws/credentials: run `aws configure` or `aws configure sso`." : "");
        String last = preferences.lastProfile().get();
        if (profile.get() == null) {
            found.stream().filter(p -> p.name().equals(last)).findFirst().ifPresent(profile::set);
        }
    }

    public void connect() {
        if (!useAws.get()) {
            connections.useSandbox();
            return;
        }
        AwsProfile chosen = profile.get();
        String name = chosen == null ? null : chosen.name();
        connections.useProfile(name, region.get() == null ? null : region.get().strip(), files);
        if (name != null) {
            preferences.lastProfile().set(name);
            preferences.lastRegion().set(region.get().strip());
        }
    }

    public ObservableList<AwsProfile> profiles() {
        return profiles;
    }

    public ObservableList<String> regions() {
        return regions;
    }

    public ObjectProperty<AwsProfile> profile() {
        return profile;
    }

    public StringProperty region() {
        return region;
    }

    public BooleanProperty useAws() {
        return useAws;
    }

    public BooleanProperty dark() {
        return preferences.dark();
    }

    public javafx.beans.property.IntegerProperty refreshSeconds() {
        return preferences.refreshSeconds();
    }

    public ReadOnlyStringProperty connectionStatus() {
        return connections.status();
    }

    /** Connection problems and profile-file problems, in words. */
    public ReadOnlyStringProperty problem() {
        return connections.problem();
    }

    /** Problems reading the profile files; only worth saying when the user wants AWS. */
    public javafx.beans.value.ObservableStringValue profilesProblem() {
        return javafx.beans.binding.Bindings.when(useAws).then(profilesProblem).otherwise("");
    }
}
