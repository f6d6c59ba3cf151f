package io.switchboard.stack.sandbox.lambda.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.Map;

/** Test handler: always throws, as a broken upstream would make a real handler do. */
public class FailingHandler {
    public Map<String, String> handleRequest(Map<String, Object> input, Context context) {
        throw new IllegalStateException("balance lookup failed");
    }
}
