package io.switchboard.stack.sandbox.lambda.handlers;

import com.amazonaws.services.lambda.runtime.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** Test handler: answers its input, its environment's GREETING and facts from the Context. */
public class EchoHandler {
    /** Every input this handler saw, so Event (background) invocations can be observed. */
    public static final BlockingQueue<Map<String, Object>> SEEN = new LinkedBlockingQueue<>();

    private final Map<String, String> environment;
    private final String instanceId = UUID.randomUUID().toString();

    public EchoHandler(Map<String, String> environment) {
        this.environment = environment;
    }

    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        SEEN.add(input);
        context.getLogger().log("echo called");
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("input", input);
        output.put("greeting", environment.get("GREETING"));
        output.put("region", environment.get("AWS_REGION"));
        output.put("function", context.getFunctionName());
        output.put("version", context.getFunctionVersion());
        output.put("remainingMillis", context.getRemainingTimeInMillis());
        output.put("instance", instanceId);
        return output;
    }
}
