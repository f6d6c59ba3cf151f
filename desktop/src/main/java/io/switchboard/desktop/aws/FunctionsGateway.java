package io.switchboard.desktop.aws;

import io.switchboard.flows.simulator.LambdaInvoker;
import io.switchboard.stack.simulate.LambdaClientInvoker;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.model.InvocationType;
import software.amazon.awssdk.services.lambda.model.InvokeResponse;
import software.amazon.awssdk.services.lambda.model.LogType;

/** Lambda Invoke, the way Connect calls a function: synchronous, with a JSON event. */
public final class FunctionsGateway {
    private final ClientCache clients;

    public FunctionsGateway(ClientCache clients) {
        this.clients = clients;
    }

    /**
     * @param function  a function name or ARN (an alias ARN carries its own qualifier)
     * @param qualifier the alias, e.g. {@code live}, or {@code null}
     */
    public Invocation invoke(String function, String qualifier, String eventJson) {
        long started = System.nanoTime();
        InvokeResponse response = clients.lambda().invoke(b -> {
            b.functionName(function)
                    .invocationType(InvocationType.REQUEST_RESPONSE)
                    .payload(SdkBytes.fromString(eventJson, StandardCharsets.UTF_8));
            if (qualifier != null && !function.contains(":" + qualifier)) {
                b.qualifier(qualifier);
            }
            if (!clients.target().isSandbox()) {
                b.logType(LogType.TAIL);
            }
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        String log = response.logResult() == null ? "" : new String(Base64.getDecoder().decode(response.logResult()), StandardCharsets.UTF_8);
        return new Invocation(response.statusCode(), response.payload() == null ? "" : response.payload().asUtf8String(),
                response.functionError(), millis, response.responseMetadata().requestId(), log);
    }

    /**
     * The flow simulator's way into Lambda on this connection: the sandbox's Lambda API, or AWS (the
     * flow names the {@code live} alias ARNs from the stack outputs, so no qualifier is added here).
     */
    public LambdaInvoker flowInvoker() {
        return new LambdaClientInvoker(clients.lambda());
    }

    /**
     * @param functionError {@code Unhandled}/{@code Handled} when the function threw, else {@code null}
     * @param millis        round trip as the caller saw it (what Connect's timeout counts)
     */
    public record Invocation(int statusCode, String payload, String functionError, long millis, String requestId, String logTail) {
        public boolean failed() {
            return functionError != null;
        }
    }
}
