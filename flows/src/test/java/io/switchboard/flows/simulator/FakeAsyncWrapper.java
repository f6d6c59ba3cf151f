package io.switchboard.flows.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers like the async wrapper (DESIGN.md protocol); the wrapped "balance" function finishes
 * {@code runsFor} after it was started, as measured on the simulation's clock.
 */
final class FakeAsyncWrapper implements LambdaInvoker {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ManualClock clock;
    private final Duration runsFor;
    private final boolean fails;
    private final boolean comparesIncomingCount;
    private Duration startedAt;
    final List<JsonNode> events = new ArrayList<>();
    final List<JsonNode> responses = new ArrayList<>();

    private FakeAsyncWrapper(ManualClock clock, Duration runsFor, boolean fails, boolean comparesIncomingCount) {
        this.clock = clock;
        this.runsFor = runsFor;
        this.fails = fails;
        this.comparesIncomingCount = comparesIncomingCount;
    }

    static FakeAsyncWrapper succeedingAfter(ManualClock clock, Duration runsFor) {
        return new FakeAsyncWrapper(clock, runsFor, false, false);
    }

    static FakeAsyncWrapper failingAfter(ManualClock clock, Duration runsFor) {
        return new FakeAsyncWrapper(clock, runsFor, true, false);
    }

    static FakeAsyncWrapper neverFinishing(ManualClock clock) {
        return new FakeAsyncWrapper(clock, Duration.ofDays(1), false, false);
    }

    /** A wrapper that reads "count > count_max" against the count it received rather than the incremented one. */
    static FakeAsyncWrapper neverFinishingComparingIncomingCount(ManualClock clock) {
        return new FakeAsyncWrapper(clock, Duration.ofDays(1), false, true);
    }

    @Override
    public String invoke(String functionArn, String eventJson) throws LambdaInvocationException {
        clock.advance(Duration.ofMillis(120)); // a warm wrapper answering from DynamoDB
        JsonNode event;
        try {
            event = JSON.readTree(eventJson);
        } catch (java.io.IOException e) {
            throw new LambdaInvocationException("bad event", e);
        }
        events.add(event);
        JsonNode params = event.path("Details").path("Parameters");
        int countMax = Integer.parseInt(params.path("count_max").asText("5"));
        int countComfort = Integer.parseInt(params.path("count_comfort").asText("10"));
        ObjectNode out = JSON.createObjectNode();
        out.put("count_max", "" + countMax).put("count_comfort", "" + countComfort);
        if (!params.has("execution_id")) {
            startedAt = clock.now();
            out.put("execution_id", "arn:aws:states:eu-west-2:1:execution:async:contact-balance")
                    .put("status", "CREATED").put("count", "1").put("comfort", "false").put("sfn_result", "");
        } else {
            int incoming = Integer.parseInt(params.path("count").asText());
            int count = incoming + 1;
            out.put("execution_id", params.path("execution_id").asText());
            boolean finished = clock.now().minus(startedAt).compareTo(runsFor) >= 0;
            if ((comparesIncomingCount ? incoming : count) > countMax) {
                out.put("status", "LOOP_DONE").put("sfn_result", "FAILURE").put("count", "DONE").put("comfort", "false");
            } else {
                out.put("count", "" + count).put("comfort", "" + (countComfort > 0 && count % countComfort == 0));
                if (!finished) {
                    out.put("status", "RUNNING").put("sfn_result", "");
                } else if (fails) {
                    out.put("status", "FINISHED").put("sfn_result", "FAILURE");
                } else {
                    out.put("status", "FINISHED").put("sfn_result", "SUCCESS").put("balance", "42.17").put("currency", "GBP")
                            .put("balance_spoken", "£42.17");
                }
            }
        }
        responses.add(out);
        return out.toString();
    }
}
