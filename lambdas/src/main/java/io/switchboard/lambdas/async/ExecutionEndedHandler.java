package io.switchboard.lambdas.async;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.switchboard.lambdas.aws.AwsClients;
import io.switchboard.lambdas.log.JsonLog;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Target of the EventBridge rule on <i>Step Functions Execution Status Change</i> for the wrapper's
 * state machine: writes a TIMED_OUT or ABORTED execution's outcome into the async results table, so
 * the next poll reads FINISHED/FAILURE there without calling Step Functions (docs/decisions/0012).
 * Never overwrites a result the state machine recorded itself. Environment: {@code RESULTS_TABLE},
 * {@code RESULT_RETENTION_HOURS}.
 */
public final class ExecutionEndedHandler implements RequestHandler<Map<String, Object>, Map<String, String>> {
    private static final JsonLog LOG = new JsonLog("execution-ended");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AsyncResults results;
    private final Duration retention;
    private final Clock clock;

    /** Used by the Lambda runtime. */
    public ExecutionEndedHandler() {
        this(System.getenv());
    }

    /** Used by the sandbox and tests: the function's environment as a map (docs/decisions/0004). */
    public ExecutionEndedHandler(Map<String, String> environment) {
        this(new AsyncResults(new AwsClients(environment).dynamoDb(), resultsTable(environment)),
                Duration.ofHours(AsyncWrapperConfig.retentionHours(environment)), Clock.systemUTC());
    }

    ExecutionEndedHandler(AsyncResults results, Duration retention, Clock clock) {
        this.results = results;
        this.retention = retention;
        this.clock = clock;
    }

    /** Answers {@code {"recorded": "true"|"false"}}; a failed write throws, so EventBridge retries the event. */
    @Override
    public Map<String, String> handleRequest(Map<String, Object> event, Context context) {
        Optional<ExecutionEnded> ended = ExecutionEnded.from(event == null ? null : JSON.valueToTree(event));
        if (ended.isEmpty()) {
            LOG.info("not a TIMED_OUT or ABORTED execution: ignored", Map.of());
            return Map.of("recorded", "false");
        }
        ExecutionEnded outcome = ended.get();
        Instant expiresAt = outcome.expiresAt() != null ? outcome.expiresAt() : clock.instant().plus(retention);
        boolean recorded = results.recordEnded(outcome, expiresAt);
        LOG.info(recorded ? "recorded " + outcome.status() : "result already recorded: kept",
                Map.of("execution", outcome.executionArn()));
        return Map.of("recorded", Boolean.toString(recorded));
    }

    private static String resultsTable(Map<String, String> environment) {
        String table = environment.getOrDefault("RESULTS_TABLE", "").strip();
        if (table.isEmpty()) {
            throw new IllegalArgumentException("RESULTS_TABLE is not set: ended executions are recorded in the async results table");
        }
        return table;
    }
}
