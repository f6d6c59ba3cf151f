package io.switchboard.desktop.executions;

import io.switchboard.desktop.aws.ExecutionsGateway;
import io.switchboard.desktop.aws.ExecutionsGateway.ExecutionDetail;
import io.switchboard.desktop.aws.ExecutionsGateway.ExecutionEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads, on a task thread, what the details show of one execution: DescribeExecution, its history
 * (up to {@value #HISTORY_PAGES} pages of 100 events) and the definition it ran. Definitions are kept
 * by execution ARN: the version an execution ran never changes.
 */
final class ExecutionDetailsReader {
    /** A polling loop of hours stays bounded: 1,000 events at most. */
    static final int HISTORY_PAGES = 10;
    private static final int DEFINITIONS_KEPT = 200;

    private final Map<String, String> definitions = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > DEFINITIONS_KEPT;
        }
    });

    /** @param definition {@code null} when it could not be read, {@code definitionProblem} saying why */
    record Details(ExecutionDetail detail, List<ExecutionEvent> events, String definition, String definitionProblem) {
    }

    /** @param describe turns a failure to read the definition into words (the rest of the details still show) */
    Details read(ExecutionsGateway executions, String arn, Function<RuntimeException, String> describe) {
        ExecutionDetail detail = executions.describe(arn);
        List<ExecutionEvent> events = new ArrayList<>();
        String token = null;
        for (int page = 0; page < HISTORY_PAGES; page++) {
            ExecutionsGateway.HistoryPage read = executions.history(arn, token);
            events.addAll(read.events());
            token = read.nextToken();
            if (token == null) {
                break;
            }
        }
        String definition = definitions.get(arn);
        String why = null;
        if (definition == null) {
            try {
                definition = executions.definitionOf(arn);
                definitions.put(arn, definition);
            } catch (RuntimeException failure) {
                why = describe.apply(failure);
            }
        }
        return new Details(detail, events, definition, why);
    }
}
