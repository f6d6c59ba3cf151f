package io.switchboard.stack.sandbox.lambda;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The {@link Context} a sandbox invocation gets: a deadline from the function's timeout and a capturing logger. */
final class SandboxContext implements Context {
    private final String requestId;
    private final String functionName;
    private final String version;
    private final String invokedArn;
    private final int memoryMb;
    private final long deadlineNanos;
    private final List<String> logLines = new CopyOnWriteArrayList<>();
    private final LambdaLogger logger = new LambdaLogger() {
        @Override
        public void log(String message) {
            logLines.add(message);
        }

        @Override
        public void log(byte[] message) {
            log(new String(message, StandardCharsets.UTF_8));
        }
    };

    SandboxContext(String requestId, String functionName, String version, String invokedArn, int memoryMb,
                   long timeoutMillis) {
        this.requestId = requestId;
        this.functionName = functionName;
        this.version = version;
        this.invokedArn = invokedArn;
        this.memoryMb = memoryMb;
        this.deadlineNanos = System.nanoTime() + timeoutMillis * 1_000_000L;
    }

    /** What the handler logged through {@link #getLogger()}. */
    List<String> loggedLines() {
        return List.copyOf(logLines);
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public String getLogStreamName() {
        return "sandbox/[" + version + "]" + functionName;
    }

    @Override
    public String getFunctionName() {
        return functionName;
    }

    @Override
    public String getFunctionVersion() {
        return version;
    }

    @Override
    public String getInvokedFunctionArn() {
        return invokedArn;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        return (int) Math.max(0, (deadlineNanos - System.nanoTime()) / 1_000_000L);
    }

    @Override
    public int getMemoryLimitInMB() {
        return memoryMb;
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
