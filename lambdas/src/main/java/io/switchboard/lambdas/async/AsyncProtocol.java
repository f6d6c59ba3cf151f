package io.switchboard.lambdas.async;

import io.switchboard.lambdas.connect.ConnectResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The async wrapper's conversation with a Connect flow (DESIGN.md, "The async wrapper protocol"):
 * how parameters are read, when to give up, when to play comfort audio, when to ask Step Functions
 * instead of the results table, and what every answer looks like. Pure: no AWS calls.
 *
 * <p>Every answer carries {@code execution_id}, {@code status}, {@code sfn_result}, {@code count},
 * {@code count_max}, {@code count_comfort} and {@code comfort}, all strings. An {@code ERROR} answer
 * also says {@code sfn_result=FAILURE}, so a flow that only branches on {@code sfn_result} stops
 * polling instead of looping on a request that can never succeed.
 */
public final class AsyncProtocol {
    public static final int DEFAULT_COUNT_MAX = 5;
    public static final int DEFAULT_COUNT_COMFORT = 10;
    /** When the result is still missing, every this-many-th poll asks Step Functions (decision 0003). */
    /** The earliest poll that may fall back to DescribeExecution. */
    public static final int FIRST_DESCRIBE = 3;
    /** Connect attributes are read aloud or logged, not parsed: a stack trace is cut to this. */
    public static final int MAX_CAUSE_LENGTH = 1_000;

    public static final String EXECUTION_ID = "execution_id";
    public static final String COUNT = "count";
    public static final String COUNT_MAX = "count_max";
    public static final String COUNT_COMFORT = "count_comfort";
    public static final String STEP = "step";
    public static final String RESPONSE = "response";
    /** Parameters addressed to the wrapper; they are removed before the event reaches the wrapped function. */
    public static final Set<String> CONTROL_PARAMETERS = Set.of(EXECUTION_ID, COUNT, COUNT_MAX, COUNT_COMFORT, STEP, RESPONSE);

    public static final String CREATED = "CREATED";
    public static final String RUNNING = "RUNNING";
    public static final String FINISHED = "FINISHED";
    public static final String LOOP_DONE = "LOOP_DONE";
    public static final String ERROR = "ERROR";
    public static final String SUCCESS = "SUCCESS";
    public static final String FAILURE = "FAILURE";

    private static final int MAX_ECHO_LENGTH = 2_048;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");

    private AsyncProtocol() {
    }

    /**
     * Reads the block parameters; blank values count as absent. {@code count_max} below 1 and a negative
     * {@code count} are errors, not clamped (docs/decisions/0012): a flow that allows itself no poll, or
     * passes a count this function never returned, has a bug its author should see at the first call.
     */
    public static AsyncRequest parse(Map<String, String> parameters) {
        String executionId = value(parameters, EXECUTION_ID);
        String count = value(parameters, COUNT);
        String countMax = value(parameters, COUNT_MAX);
        String countComfort = value(parameters, COUNT_COMFORT);
        String responseStyle = value(parameters, RESPONSE);

        List<String> problems = new ArrayList<>();
        int incoming = number(count, 0, 0, "count must be a whole number of 0 or more (the count this function last returned)", problems);
        int max = number(countMax, DEFAULT_COUNT_MAX, 1, "count_max must be a whole number of 1 or more", problems);
        int comfort = number(countComfort, DEFAULT_COUNT_COMFORT, 0,
                "count_comfort must be a whole number of 0 or more (0 turns comfort off)", problems);
        AsyncRequest.ResponseStyle style = AsyncRequest.ResponseStyle.parse(responseStyle);
        if (style == null) {
            problems.add("response must be flat (dotted string keys, the default) or json (nested, for"
                    + " ResponseValidation JSON), was '" + shorten(responseStyle, 40) + "'");
        }
        if (!executionId.isEmpty() && !ExecutionName.isExecutionArn(executionId)) {
            problems.add("execution_id must be the execution ARN this function returned"
                    + " (arn:aws:states:<region>:<account>:execution:<state machine>:<name>), was '" + shorten(executionId, 200) + "'");
        }
        if (!problems.isEmpty()) {
            Map<String, String> echo = new LinkedHashMap<>();
            // Echoed values are control keys, which ConnectResponse never drops: bound them.
            echo.put(EXECUTION_ID, shorten(executionId, MAX_ECHO_LENGTH));
            echo.put(COUNT, count.isEmpty() ? "0" : shorten(count, MAX_ECHO_LENGTH));
            echo.put(COUNT_MAX, countMax.isEmpty() ? Integer.toString(DEFAULT_COUNT_MAX) : shorten(countMax, MAX_ECHO_LENGTH));
            echo.put(COUNT_COMFORT, countComfort.isEmpty() ? Integer.toString(DEFAULT_COUNT_COMFORT)
                    : shorten(countComfort, MAX_ECHO_LENGTH));
            return new AsyncRequest.Invalid(String.join("; ", problems), Map.copyOf(echo));
        }
        if (executionId.isEmpty()) {
            String step = value(parameters, STEP);
            // A flow that saved a blank execution_id polls with it: its count keeps counting.
            return new AsyncRequest.Start(step.isEmpty() ? ExecutionName.DEFAULT_STEP : step, max, comfort,
                    count.isEmpty() ? 1 : incoming + 1, style);
        }
        return new AsyncRequest.Poll(executionId, incoming + 1, max, comfort, style);
    }

    /** Comfort audio every {@code countComfort}-th call; never when {@code countComfort} is 0. */
    public static boolean comfort(int count, int countComfort) {
        return countComfort > 0 && count % countComfort == 0;
    }

    /** The flow has polled more often than it allowed itself: stop before touching any service. */
    public static boolean pastLimit(AsyncRequest.Poll poll) {
        return poll.count() > poll.countMax();
    }

    /** A start call whose count is already past {@code count_max}: it must not start anything. */
    public static boolean pastLimit(AsyncRequest.Start start) {
        return start.count() > start.countMax();
    }

    /**
     * While the result is missing, ask Step Functions at most twice per execution: once halfway to
     * {@code count_max} (catching executions that ended without writing a result: timed out, stopped)
     * and on the last poll. Polls before halfway — the common case, results arrive early — never call it.
     */
    public static boolean needsDescribe(AsyncRequest.Poll poll) {
        int halfway = Math.max(FIRST_DESCRIBE, (poll.countMax() + 1) / 2);
        return poll.count() == halfway || poll.count() >= poll.countMax();
    }

    public static Map<String, String> created(AsyncRequest.Start start, String executionArn) {
        return reply(executionArn, CREATED, "", Integer.toString(start.count()), start.countMax(), start.countComfort(),
                comfort(start.count(), start.countComfort()) && start.count() > 1).toMap();
    }

    /**
     * Step Functions was throttled or unreachable while starting: nothing is known to have started.
     * The answer still carries the ARN the execution will have (its name comes from the contact), so a
     * flow that saves {@code execution_id} once, as seed A's does, polls the right execution; its first
     * poll starts it then (docs/decisions/0012).
     */
    public static Map<String, String> startDeferred(AsyncRequest.Start start, String executionArn) {
        // Nothing started, so this call does not count: the next poll is the first (see isFirstPoll).
        return reply(executionArn, RUNNING, "", Integer.toString(start.count() - 1), start.countMax(),
                start.countComfort(), false).toMap();
    }

    /**
     * The first poll (incoming {@code count} 0): what follows a deferred start, and what flows that reset
     * their count after starting (seed A's) send. Only then, while the result is missing, may a poll
     * start the execution it names; polls after a {@code CREATED} answer (count 1) never do.
     */
    public static boolean isFirstPoll(AsyncRequest.Poll poll) {
        return poll.count() == 1;
    }

    /** A start call past {@code count_max}: nothing was started. */
    public static Map<String, String> loopDone(AsyncRequest.Start start) {
        return reply("", LOOP_DONE, FAILURE, "DONE", start.countMax(), start.countComfort(), false).toMap();
    }

    public static Map<String, String> startFailed(AsyncRequest.Start start, String message) {
        return reply("", ERROR, FAILURE, "0", start.countMax(), start.countComfort(), false)
                .putControl("error", message).toMap();
    }

    public static Map<String, String> loopDone(AsyncRequest.Poll poll) {
        return reply(poll.executionArn(), LOOP_DONE, FAILURE, "DONE", poll.countMax(), poll.countComfort(), false).toMap();
    }

    public static Map<String, String> invalid(AsyncRequest.Invalid invalid) {
        Map<String, String> echo = invalid.echo();
        return new ConnectResponse()
                .putControl(EXECUTION_ID, echo.get(EXECUTION_ID))
                .putControl("status", ERROR)
                .putControl("sfn_result", FAILURE)
                .putControl(COUNT, echo.get(COUNT))
                .putControl(COUNT_MAX, echo.get(COUNT_MAX))
                .putControl(COUNT_COMFORT, echo.get(COUNT_COMFORT))
                .putControl("comfort", "false")
                .putControl("error", invalid.message())
                .toMap();
    }

    /**
     * The answer to a poll that got {@code result} from the results table or Step Functions. All values
     * are strings, except a succeeded output answered in {@link AsyncRequest.ResponseStyle#JSON} style.
     */
    public static Map<String, Object> answer(AsyncRequest.Poll poll, ExecutionResult result) {
        boolean comfort = comfort(poll.count(), poll.countComfort());
        String count = Integer.toString(poll.count());
        return switch (result.state()) {
            case SUCCEEDED -> succeeded(reply(poll.executionArn(), FINISHED, SUCCESS, count, poll.countMax(),
                    poll.countComfort(), comfort), result.output(), poll.response());
            case FAILED -> reply(poll.executionArn(), FINISHED, FAILURE, count, poll.countMax(), poll.countComfort(), comfort)
                    .putControl("error", result.error())
                    .putControl("cause", shorten(result.cause(), MAX_CAUSE_LENGTH))
                    .toJsonMap();
            case PENDING, BUSY -> reply(poll.executionArn(), RUNNING, "", count, poll.countMax(), poll.countComfort(), comfort)
                    .toJsonMap();
            case UNKNOWN -> reply(poll.executionArn(), ERROR, FAILURE, count, poll.countMax(), poll.countComfort(), false)
                    .putControl("error", "The execution does not exist (" + shorten(result.cause(), 300) + "): execution_id must"
                            + " be the value this function returned when it started the execution.")
                    .toJsonMap();
        };
    }

    /** An answer for a failure outside the protocol (e.g. the service refused access). */
    public static Map<String, String> pollFailed(AsyncRequest.Poll poll, String message) {
        return reply(poll.executionArn(), ERROR, FAILURE, Integer.toString(poll.count()), poll.countMax(), poll.countComfort(), false)
                .putControl("error", message).toMap();
    }

    /** For input that is not a Connect event at all: defaults everywhere. */
    public static Map<String, String> notAnEvent(String message) {
        return reply("", ERROR, FAILURE, "0", DEFAULT_COUNT_MAX, DEFAULT_COUNT_COMFORT, false)
                .putControl("error", message).toMap();
    }

    private static Map<String, Object> succeeded(ConnectResponse response, String outputJson,
                                                 AsyncRequest.ResponseStyle style) {
        // Reserved so an output key called "truncated" cannot pretend the answer is complete.
        response.putControl("truncated", "false");
        if (style == AsyncRequest.ResponseStyle.JSON) {
            OutputFlattener.topLevel(outputJson).forEach(response::putOptionalJson);
        } else {
            OutputFlattener.flatten(outputJson).forEach(response::putOptional);
        }
        return response.toJsonMap();
    }

    private static ConnectResponse reply(String executionId, String status, String sfnResult, String count,
                                         int countMax, int countComfort, boolean comfort) {
        return new ConnectResponse()
                .putControl(EXECUTION_ID, executionId)
                .putControl("status", status)
                .putControl("sfn_result", sfnResult)
                .putControl(COUNT, count)
                .putControl(COUNT_MAX, Integer.toString(countMax))
                .putControl(COUNT_COMFORT, Integer.toString(countComfort))
                .putControl("comfort", Boolean.toString(comfort));
    }

    private static int number(String raw, int fallback, int min, String rule, List<String> problems) {
        if (raw.isEmpty()) {
            return fallback;
        }
        if (WHOLE_NUMBER.matcher(raw).matches() && Integer.parseInt(raw) >= min) {
            return Integer.parseInt(raw);
        }
        problems.add(rule + ", was '" + shorten(raw, 40) + "'");
        return fallback;
    }

    private static String value(Map<String, String> parameters, String key) {
        String value = parameters.get(key);
        return value == null ? "" : value.strip();
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
