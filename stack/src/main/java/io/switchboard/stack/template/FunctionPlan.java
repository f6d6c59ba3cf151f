package io.switchboard.stack.template;

import java.util.Map;

/**
 * A Lambda function the sandbox runs in-process.
 *
 * @param handlerClass  fully qualified class from the template's {@code Handler} ({@code class::method})
 * @param handlerMethod the method name ({@code handleRequest} when the Handler names none)
 * @param environment   the template's {@code Environment.Variables}, intrinsics resolved
 * @param roleArn       the execution role's ARN (empty when the template sets none)
 * @param aliases       alias name → the version it points to (the sandbox publishes version 1)
 */
public record FunctionPlan(String logicalId, String name, String arn, String handlerClass, String handlerMethod,
                           Map<String, String> environment, int timeoutSeconds, int memoryMb, String runtime,
                           String description, String roleArn, Map<String, String> aliases) {
}
