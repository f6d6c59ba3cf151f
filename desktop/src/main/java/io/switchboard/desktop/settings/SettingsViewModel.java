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
    /** Every Region Amazon Connect runs in, with or without an AWS config; another can still be typed. */
    private final ObservableList<String> regions = FXCollections.observableArrayList(io.switchboard.desktop.connect.ConnectRegions.ALL);
    private final ObjectProperty<AwsProfile> profile = new SimpleObjectProperty<>();
    private final StringProperty region = new SimpleStringProperty("");
    private final BooleanProperty useAws = new SimpleBooleanProperty(false);
    private final StringProperty profilesProblem = new SimpleStringProperty("");
    /** What the refresh field says (may be anything the user typed) and, when it is not a valid interval, why. */
    private final StringProperty refreshText = new SimpleStringProperty("");
    private final StringProperty refreshProblem = new SimpleStringProperty("");
    static final int MIN_REFRESH_SECONDS = 2;
    static final int MAX_REFRESH_SECONDS = 300;

    public SettingsViewModel(ConnectionManager connections, TaskExecutor tasks, Preferences preferences, ConnectionTarget.ProfileFiles files) {
        this.connections = connections;
        this.tasks = tasks;
        this.preferences = preferences;
        this.files = files;
        this.profilesSource = new AwsProfiles(files);
        region.set(preferences.lastRegion().get());
        refreshText.set(Integer.toString(preferences.refreshSeconds().get()));
        refreshText.addListener((o, old, typed) -> takeRefresh(typed));
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

    /** A whole number of seconds in range becomes the interval; anything else is said inline and changes nothing. */
    private void takeRefresh(String typed) {
        String text = typed == null ? "" : typed.strip();
        int seconds;
        try {
            seconds = Integer.parseInt(text);
        } catch (NumberFormatException notANumber) {
            refreshProblem.set("The refresh interval is a whole number of seconds, " + MIN_REFRESH_SECONDS + " to "
                    + MAX_REFRESH_SECONDS + (text.isEmpty() ? "." : "; \u201c" + text + "\u201d is not.")
                    + " Calls keep refreshing every " + preferences.refreshSeconds().get() + " s.");
            return;
        }
        if (seconds < MIN_REFRESH_SECONDS || seconds > MAX_REFRESH_SECONDS) {
            refreshProblem.set("The refresh interval is " + MIN_REFRESH_SECONDS + " to " + MAX_REFRESH_SECONDS + " seconds; "
                    + seconds + " is " + (seconds < MIN_REFRESH_SECONDS ? "too short" : "too long")
                    + ". Calls keep refreshing every " + preferences.refreshSeconds().get() + " s.");
            return;
        }
        refreshProblem.set("");
        preferences.refreshSeconds().set(seconds);
    }

    public void loadProfiles() {
        tasks.submit("Reading AWS profiles", progress -> profilesSource.list(), this::showProfiles,
                failure -> profilesProblem.set("Cannot read ~/.aws/config: " + failure.getMessage()));
    }

    private void showProfiles(List<AwsProfile> found) {
        profiles.setAll(found);
        profilesProblem.set(found.isEmpty() ? "No AWS profiles found in ~/.aws/config or ~/.aws/credentials: run “aws configure”"
                + " or “aws configure sso”, then Connect is possible." : "");
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

    /** Connect can run: the sandbox always; AWS once a profile exists and one is chosen. */
    public javafx.beans.binding.BooleanBinding canConnect() {
        return useAws.not().or(javafx.beans.binding.Bindings.isNotEmpty(profiles).and(profile.isNotNull()));
    }

    public StringProperty refreshText() {
        return refreshText;
    }

    public StringProperty refreshProblem() {
        return refreshProblem;
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
