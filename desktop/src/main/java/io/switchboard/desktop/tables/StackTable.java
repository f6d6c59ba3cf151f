package io.switchboard.desktop.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One of the stack's DynamoDB tables, named as the stack's outputs name it.
 *
 * @param label what the Tables page calls it ("Call log")
 * @param name  the table's name in DynamoDB
 */
public record StackTable(String label, String name) {
    /** The call log: one item per call, by ContactId. */
    public static final String CALL_LOG = "Call log";
    /** The async wrapper's results, by execution id. */
    public static final String ASYNC_RESULTS = "Async results";

    /** The stack's tables its outputs name, call log first; none when the stack is not deployed. */
    public static List<StackTable> of(Map<String, String> outputs) {
        List<StackTable> tables = new ArrayList<>();
        add(tables, CALL_LOG, outputs.get("CallsTableName"));
        add(tables, ASYNC_RESULTS, outputs.get("AsyncResultsTableName"));
        return tables;
    }

    private static void add(List<StackTable> tables, String label, String name) {
        if (name != null && !name.isBlank()) {
            tables.add(new StackTable(label, name));
        }
    }

    @Override
    public String toString() {
        return label + " (" + name + ")";
    }
}
