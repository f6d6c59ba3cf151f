package io.switchboard.desktop.calls;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.desktop.settings.Preferences;
import io.switchboard.desktop.task.SameThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The calls table's column choices survive a restart (the preferences file in the data folder). */
class CallsColumnsPreferencesTest {
    @TempDir
    Path data;

    @Test
    void hiddenColumns_chosenBeforeARestart_areHiddenAfterIt() {
        Path file = data.resolve("settings.properties");
        Preferences saved = new Preferences(file);
        CallsViewModel before = page(saved);
        assertThat(CallsColumns.parse(before.hiddenColumns().get())).as("by default").containsExactly("Vanity 4", "Vanity 5", "ContactId");

        before.hiddenColumns().set("Vanity 4,Vanity 5");
        assertThat(saved.callsHiddenColumns().get()).isEqualTo("Vanity 4,Vanity 5");

        CallsViewModel after = page(new Preferences(file));
        assertThat(CallsColumns.parse(after.hiddenColumns().get())).containsExactly("Vanity 4", "Vanity 5");
    }

    /** The Calls page as the app wires it. */
    private static CallsViewModel page(Preferences preferences) {
        CallsViewModel calls = new CallsViewModel(new SameThreadTaskExecutor(), new SimpleObjectProperty<>(), new SimpleIntegerProperty(5),
                Clock.systemUTC(), ZoneOffset.UTC);
        calls.hiddenColumns().bindBidirectional(preferences.callsHiddenColumns());
        return calls;
    }
}
