package io.switchboard.stack.sandbox.lambda.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.Map;

/** Test handler: takes 3 s, longer than its 1 s timeout. */
public class SleepingHandler {
    public SleepingHandler(Map<String, String> environment) {
    }

    public String handleRequest(Map<String, Object> input, Context context) throws InterruptedException {
        Thread.sleep(3_000);
        return "done";
    }
}
