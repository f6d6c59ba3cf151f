package io.switchboard.desktop.executions;

import io.switchboard.desktop.aws.ExecutionsGateway.ExecutionEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The selected execution as the Step Functions console draws it: its state machine's definition laid
 * out as a graph, what each state did (the state table), and the state picked on the graph or in
 * the table with its input, output, retries and duration. No screen here: the view draws it.
 */
public final class ExecutionDiagram {
    private final ObjectProperty<StateGraphLayout.Laid> graph = new SimpleObjectProperty<>();
    private final ObjectProperty<StateRuns> runs = new SimpleObjectProperty<>(StateRuns.of(List.of()));
    private final ObservableList<StateRuns.Run> runList = FXCollections.observableArrayList();
    private final StringProperty definition = new SimpleStringProperty("");
    private final StringProperty unavailable = new SimpleStringProperty("Select an execution to see its state machine as a graph.");
    private final StringProperty selectedState = new SimpleStringProperty();
    private StateGraph parsed;
    private String rawDefinition;
    private UnaryOperator<String> masking = UnaryOperator.identity();

    /**
     * Shows one execution: {@code definitionJson} {@code null} when it could not be read ({@code why} says why).
     *
     * @param masking hides the caller's number in inputs and outputs unless it was revealed
     */
    void show(String definitionJson, String why, List<ExecutionEvent> history, UnaryOperator<String> masking) {
        this.masking = masking;
        StateRuns stateRuns = StateRuns.of(history);
        if (definitionJson == null) {
            parsed = null;
            graph.set(null);
            definition.set("");
            unavailable.set("The state machine's definition could not be read: " + why);
        } else {
            try {
                if (parsed == null || !definitionJson.equals(rawDefinition)) { // the same machine: keep its layout
                    parsed = StateGraph.parse(definitionJson);
                    graph.set(StateGraphLayout.of(parsed));
                }
                rawDefinition = definitionJson;
                definition.set(ExecutionsViewModel.pretty(definitionJson));
                unavailable.set("");
            } catch (IllegalArgumentException e) {
                parsed = null;
                graph.set(null);
                definition.set(definitionJson);
                unavailable.set("The definition cannot be drawn: " + e.getMessage());
            }
        }
        runs.set(stateRuns);
        runList.setAll(stateRuns.runs());
        if (selectedState.get() != null && (parsed == null || parsed.find(selectedState.get()) == null)) {
            selectedState.set(null);
        }
    }

    void clear() {
        parsed = null;
        rawDefinition = null;
        graph.set(null);
        definition.set("");
        unavailable.set("Select an execution to see its state machine as a graph.");
        runs.set(StateRuns.of(List.of()));
        runList.clear();
        selectedState.set(null);
    }

    /** The state's ASL type from the definition ({@code ""} when unknown). */
    public String typeOf(String state) {
        StateGraph.StateNode node = parsed == null ? null : parsed.find(state);
        return node == null ? "" : node.type();
    }

    /** The picked state in full: what it did, how often, how long, its last input, output and error (masked like the table). */
    public StringBinding selectedStateDetail() {
        return Bindings.createStringBinding(() -> {
            String state = selectedState.get();
            if (state == null) {
                return "Click a state to read its input, output, retries and duration.";
            }
            StateRuns.Run run = runs.get().latest().get(state);
            String type = typeOf(state);
            if (run == null) {
                return state + (type.isEmpty() ? "" : " · " + type) + "\n\nNot entered in this execution.";
            }
            long entries = runs.get().entries(state);
            StringBuilder text = new StringBuilder(state).append(" · ").append(type.isEmpty() ? run.type() : type).append(" · ")
                    .append(run.status()).append('\n')
                    .append("Duration ").append(ElapsedText.of(run.duration(Instant.now()))).append(run.end() == null ? " (running)" : "")
                    .append(" · retries ").append(run.retries())
                    .append(entries > 1 ? " · entered " + entries + " times (the latest shown)" : "")
                    .append(" · started ").append(run.start() == null ? "" : run.start().atZone(ZoneId.systemDefault()).toLocalTime())
                    .append("\n\nInput\n").append(masking.apply(ExecutionsViewModel.pretty(run.input())));
            if (run.output() != null) {
                text.append("\n\nOutput\n").append(masking.apply(ExecutionsViewModel.pretty(run.output())));
            }
            if (run.error() != null) {
                text.append("\n\nError\n").append(masking.apply(ExecutionsViewModel.pretty(run.error())));
            }
            return text.toString();
        }, selectedState, runs);
    }

    /** The graph laid out, or {@code null} when there is none to draw ({@link #unavailable()} says why). */
    public ObjectProperty<StateGraphLayout.Laid> graph() { return graph; }
    public ObjectProperty<StateRuns> runs() { return runs; }
    /** Every state run, in the order entered: the state table's rows. */
    public ObservableList<StateRuns.Run> runList() { return runList; }
    /** The definition the execution ran, pretty JSON ({@code ""} when unknown). */
    public StringProperty definition() { return definition; }
    /** Why there is no graph ({@code ""} when there is one). */
    public StringProperty unavailable() { return unavailable; }
    /** The state picked on the graph or in the table, or {@code null}. */
    public StringProperty selectedState() { return selectedState; }
}
