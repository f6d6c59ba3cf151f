package io.switchboard.lambdas.demo;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.switchboard.lambdas.connect.ConnectEvent;
import io.switchboard.lambdas.log.JsonLog;
import java.util.Map;

/**
 * A demo "slow upstream" for the async wrapper: an account-balance lookup that takes {@code DELAY_MS}
 * (default 4 s — longer than Connect's 3 s default block timeout, which is the point). Called by Step
 * Functions with the Connect event the wrapper received, so it may return nested JSON.
 *
 * <p>Parameters in {@code Details.Parameters}: {@code delay_ms} overrides the delay (capped at 60 s);
 * {@code fail=true} makes the lookup throw after the delay, so the state machine's Catch records a
 * failure; {@code customer_number} is the account to look up, else the caller's number.
 */
public final class SlowLookupHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {
    private static final JsonLog LOG = new JsonLog("slow-lookup");

    private final SlowLookupConfig config;

    /** Used by the Lambda runtime. */
    public SlowLookupHandler() {
        this(System.getenv());
    }

    /** Used by the sandbox and tests: the function's environment as a map (docs/decisions/0004). */
    public SlowLookupHandler(Map<String, String> environment) {
        this(SlowLookupConfig.from(environment));
    }

    SlowLookupHandler(SlowLookupConfig config) {
        this.config = config;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        ConnectEvent event = ConnectEvent.from(input);
        String contactId = event.contactId().orElse("-");
        long delay = event.parameter("delay_ms")
                .map(raw -> SlowLookupConfig.parseDelay("delay_ms", raw))
                .orElse(config.delayMillis());
        String number = event.parameter("customer_number").or(event::customerAddress)
                .orElseThrow(() -> new IllegalArgumentException(
                        "No account to look up: neither a customer_number parameter nor the caller's number is in the event"));
        LOG.info("lookup started", Map.of("contactId", contactId, "account", JsonLog.maskNumber(number), "delay_ms", delay));
        sleep(delay);
        if (event.parameter("fail").map("true"::equalsIgnoreCase).orElse(false)) {
            LOG.warn("lookup failing on request", Map.of("contactId", contactId));
            throw new SlowLookupFailedException("The account lookup failed because the caller asked it to (parameter fail=true).");
        }
        return AccountBalance.forNumber(number).toOutput();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("The account lookup was interrupted", interrupted);
        }
    }

    /** The error Step Functions' Catch sees as the wrapped function's failure. */
    public static final class SlowLookupFailedException extends RuntimeException {
        public SlowLookupFailedException(String message) {
            super(message);
        }
    }
}
