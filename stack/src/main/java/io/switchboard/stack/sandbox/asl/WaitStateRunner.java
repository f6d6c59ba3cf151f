package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Wait: for a number of seconds or until a timestamp, then passes its input through. */
final class WaitStateRunner implements StateRunner<State.Wait> {
    @Override
    public StepResult run(State.Wait state, JsonNode input, ExecutionScope scope) throws InterruptedException {
        scope.history().stateEntered(state, input);
        DataFlow flow = state.dataFlow();
        JsonNode effective = flow.inputPath() == null ? AslJson.object() : flow.inputPath().requireStatePath(input);
        scope.sleep(millisToWait(state, effective, scope.now()));
        JsonNode output = flow.outputPath() == null ? AslJson.object() : flow.outputPath().requireStatePath(effective);
        scope.history().stateExited(state, output);
        return new StepResult(output, state.next());
    }

    private static long millisToWait(State.Wait state, JsonNode input, Instant now) {
        if (state.seconds() != null) {
            return state.seconds() * 1000;
        }
        if (state.secondsPath() != null) {
            JsonNode seconds = state.secondsPath().require(input, "SecondsPath");
            String shown = state.secondsPath() + " == " + (seconds.isTextual() ? seconds.asText() : AslJson.write(seconds));
            if (!seconds.isIntegralNumber()) {
                throw StatesError.runtime("The SecondsPath parameter cannot be parsed as a long value: " + shown);
            }
            if (seconds.asLong() < 0) {
                throw StatesError.runtime("The SecondsPath parameter references a negative value: " + shown);
            }
            return seconds.asLong() * 1000;
        }
        JsonNode timestamp = state.timestamp() != null
                ? AslJson.NODES.textNode(state.timestamp())
                : state.timestampPath().require(input, "TimestampPath");
        OffsetDateTime until = ChoiceOperator.timestamp(timestamp);
        if (until == null) {
            throw StatesError.runtime(state.timestamp() != null
                    ? "The Timestamp field cannot be parsed as an ISO-8601 extended offset date-time format string: " + state.timestamp()
                    : "The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: "
                            + state.timestampPath() + " == " + (timestamp.isTextual() ? timestamp.asText() : AslJson.write(timestamp)));
        }
        return Math.max(0, Duration.between(now, until.toInstant()).toMillis());
    }
}
