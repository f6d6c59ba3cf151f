package io.switchboard.desktop.replay;

import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.TaskExecutor;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.validation.FlowValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The flows Play can run: the shipped ones first, then those of the folder opened last, then recent
 * files; the chosen one's validator findings. Files are read and checked in the background.
 */
public final class PlayFlows {
    private final TaskExecutor tasks;
    private final ObservableValue<Session> session;
    private final RecentFlows recent;
    private final List<String> shipped = ShippedFlows.names();
    private final List<String> folderFlows = new ArrayList<>();
    private final ObservableList<String> choices = FXCollections.observableArrayList();
    private final StringProperty selected = new SimpleStringProperty();
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObservableList<FindingRow> findings = FXCollections.observableArrayList();
    private final StringProperty findingsSummary = new SimpleStringProperty("");

    public PlayFlows(TaskExecutor tasks, ObservableValue<Session> session, RecentFlows recent) {
        this.tasks = tasks;
        this.session = session;
        this.recent = recent;
        rebuildChoices();
        selected.set(choices.get(0));
        selected.addListener((o, was, source) -> {
            if (source != null && !choices.contains(source)) {
                choices.add(source);
            }
            inspect();
        });
        inspect();
    }

    /** Reads and checks a flow file; it becomes the flow to play and the newest recent file. */
    public void openFile(Path file) {
        problem.set("");
        String source = file.toAbsolutePath().normalize().toString();
        tasks.submit("Reading " + file.getFileName(), progress -> FlowFile.read(file), flow -> {
            recent.opened(file, false);
            rebuildChoices();
            if (source.equals(selected.get())) {
                inspect();
            } else {
                selected.set(source);
            }
        }, failure -> problem.set(message(failure)));
    }

    /** Lists a folder's {@code *.json} flows to pick from, and picks the first. */
    public void openFolder(Path path) {
        problem.set("");
        tasks.submit("Listing flows in " + path.getFileName(), progress -> FlowFile.inFolder(path), files -> {
            if (files.isEmpty()) {
                problem.set("No .json files in " + path.getFileName() + ": open a folder that holds flow files.");
                return;
            }
            recent.opened(path, true);
            folder.set(path.toAbsolutePath().normalize().toString());
            folderFlows.clear();
            files.forEach(f -> folderFlows.add(f.toAbsolutePath().normalize().toString()));
            rebuildChoices();
            selected.set(folderFlows.get(0));
        }, failure -> problem.set(message(failure)));
    }

    public void open(RecentFlows.Entry entry) {
        if (entry.folder()) {
            openFolder(entry.path());
        } else {
            openFile(entry.path());
        }
    }

    /** Reads the chosen flow again and lists what the validator finds in it. */
    public void inspect() {
        String source = selected.get();
        if (source == null) {
            return;
        }
        Session current = session.getValue();
        Map<String, String> outputs = current == null ? Map.of() : current.outputs();
        tasks.submit("Checking " + FlowSource.label(source).strip(), progress -> {
            FlowDocument flow = FlowSource.load(source, outputs);
            return FindingRow.of(new FlowValidator().validate(flow), flow);
        }, rows -> {
            if (source.equals(selected.get())) {
                problem.set("");
                findings.setAll(rows);
                findingsSummary.set(FindingRow.summary(rows));
            }
        }, failure -> {
            if (source.equals(selected.get())) {
                findings.clear();
                findingsSummary.set("");
                problem.set(message(failure));
            }
        });
    }

    private static String message(Throwable failure) {
        if (failure instanceof FlowFile.NotAFlowException || failure instanceof io.switchboard.flows.FlowLoadException) {
            return failure.getMessage();
        }
        return "Cannot read the flow: " + failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : " " + failure.getMessage());
    }

    private void rebuildChoices() {
        Set<String> all = new LinkedHashSet<>(shipped);
        all.addAll(folderFlows);
        recent.entries().stream().filter(e -> !e.folder()).forEach(e -> all.add(e.path().toString()));
        if (selected.get() != null) {
            all.add(selected.get());
        }
        // Item by item, never setAll or a move: a ComboBox whose chosen item leaves its list drops its value.
        choices.removeIf(source -> !all.contains(source));
        int after = -1;
        for (String source : all) {
            int now = choices.indexOf(source);
            if (now < 0) {
                choices.add(after + 1, source);
                now = after + 1;
            }
            after = Math.max(after, now);
        }
    }

    public ObservableList<String> choices() { return choices; }
    public StringProperty selected() { return selected; }
    /** The folder opened last, or empty. */
    public StringProperty folder() { return folder; }
    /** Why the chosen flow cannot be read, in one line; empty when it can. */
    public StringProperty problem() { return problem; }
    public ObservableList<FindingRow> findings() { return findings; }
    public StringProperty findingsSummary() { return findingsSummary; }
    public ObservableList<RecentFlows.Entry> recent() { return recent.entries(); }
}
