package io.switchboard.desktop.executions;

import io.switchboard.desktop.aws.ExecutionsGateway.ExecutionPage;
import io.switchboard.desktop.aws.ExecutionsGateway.ExecutionSummary;
import io.switchboard.desktop.ui.CallerNumber;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The executions table's rows, kept up to date in place: one poll's page updates the rows whose
 * status changed ({@code set}, one row each), prepends executions started since, and appends older
 * pages as they arrive. The list is never replaced, so the table keeps its scroll position and
 * selection and redraws only what changed.
 */
final class ExecutionRows {
    /** Enough history for a supervisor; bounds memory when a state machine has run for months. */
    static final int MAX_ROWS = 20_000;

    private final ObservableList<ExecutionRow> rows = FXCollections.observableArrayList();
    private final Map<String, ExecutionRow> byArn = new HashMap<>();

    ObservableList<ExecutionRow> rows() {
        return rows;
    }

    void clear() {
        rows.clear();
        byArn.clear();
    }

    /** The newest page: changed rows updated in place, new executions on top. */
    void mergeNewest(ExecutionPage page, Map<String, String> callers) {
        List<ExecutionRow> started = new ArrayList<>();
        for (ExecutionSummary e : page.executions()) {
            ExecutionRow known = byArn.get(e.arn());
            if (known == null) {
                started.add(row(e, callers));
            } else if (!known.execution().equals(e)) {
                int index = rows.indexOf(known);
                // the same caller (and whether it is revealed) with the new status
                ExecutionRow updated = new ExecutionRow(e, known.caller());
                byArn.put(e.arn(), updated);
                if (index >= 0) {
                    rows.set(index, updated);
                }
            }
        }
        if (!started.isEmpty()) {
            rows.addAll(0, started);
        }
    }

    /** An older page (from a nextToken): appended below what is shown. */
    void appendOlder(ExecutionPage page, Map<String, String> callers) {
        List<ExecutionRow> older = new ArrayList<>();
        for (ExecutionSummary e : page.executions()) {
            if (!byArn.containsKey(e.arn()) && rows.size() + older.size() < MAX_ROWS) {
                older.add(row(e, callers));
            }
        }
        rows.addAll(older);
    }

    /** The row of an execution, or {@code null} when it is not shown. */
    ExecutionRow row(String arn) {
        return byArn.get(arn);
    }

    /** Fills a row's caller once the execution's input is known, in place. */
    void updateCaller(String arn, String caller) {
        ExecutionRow known = byArn.get(arn);
        if (known == null || caller.equals(known.caller().number())) {
            return;
        }
        ExecutionRow updated = new ExecutionRow(known.execution(), CallerNumber.of(caller));
        byArn.put(arn, updated);
        int index = rows.indexOf(known);
        if (index >= 0) {
            rows.set(index, updated);
        }
    }

    boolean full() {
        return rows.size() >= MAX_ROWS;
    }

    private ExecutionRow row(ExecutionSummary e, Map<String, String> callers) {
        String caller = callers.get(e.arn());
        ExecutionRow row = new ExecutionRow(e, caller == null ? CallerNumber.unknown() : CallerNumber.of(caller));
        byArn.put(e.arn(), row);
        return row;
    }
}
