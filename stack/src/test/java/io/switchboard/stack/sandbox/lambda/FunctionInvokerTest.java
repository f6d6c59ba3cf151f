package io.switchboard.stack.sandbox.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.stack.sandbox.lambda.handlers.EchoHandler;
import io.switchboard.stack.template.FunctionPlan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The in-process path the Step Functions side uses: same behaviour as Invoke, without HTTP. */
class FunctionInvokerTest {
    private static final String ARN = "arn:aws:lambda:us-east-1:000000000000:function:echo";

    private static SandboxFunctions functions() {
        return new SandboxFunctions(List.of(new FunctionPlan("Echo", "echo", ARN, EchoHandler.class.getName(), "handleRequest",
                Map.of("GREETING", "hi"), 3, 256, "java21", "", "", Map.of("live", "1"))),
                SandboxFunctions.awsEnvironment("eu-west-2", null, null), FunctionInvokerTest.class.getClassLoader());
    }

    @Test
    void invoke_byAliasArn_runsTheHandlerWithItsEnvironment() {
        try (SandboxFunctions sandbox = functions()) {
            FunctionInvoker invoker = sandbox;

            InvocationResult result = invoker.invoke(ARN + ":live", "{\"contact\":\"c-1\"}");

            assertThat(result.failed()).isFalse();
            assertThat(result.executedVersion()).isEqualTo("1");
            assertThat(result.payloadJson()).contains("\"greeting\":\"hi\"", "\"region\":\"eu-west-2\"", "\"contact\":\"c-1\"");
            assertThat(result.coldStart()).isTrue();
        }
    }

    @Test
    void invoke_anotherAccountsArn_isNotFound() {
        try (SandboxFunctions sandbox = functions()) {
            assertThatThrownBy(() -> sandbox.invoke("arn:aws:lambda:us-east-1:111122223333:function:echo", "{}"))
                    .isInstanceOf(FunctionNotFoundException.class)
                    .hasMessage("Function not found: arn:aws:lambda:us-east-1:111122223333:function:echo");
        }
    }
}
