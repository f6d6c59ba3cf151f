package io.switchboard.stack.sandbox.lambda;

import io.switchboard.stack.template.FunctionNames;
import io.switchboard.stack.template.FunctionPlan;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sandbox's deployed functions, invoked in-process. Each function gets the template's resolved
 * {@code Environment} plus the sandbox's AWS settings and Lambda's own variables.
 */
public final class SandboxFunctions implements FunctionInvoker, AutoCloseable {
    public static final String LATEST = "$LATEST";

    private final Map<String, SandboxFunction> byName = new LinkedHashMap<>();
    private final ExecutorService runner;

    /**
     * @param functions      the plan's functions
     * @param awsEnvironment added to every function's environment: see {@link #awsEnvironment}
     * @param classLoader    where handler classes are loaded from
     */
    public SandboxFunctions(List<FunctionPlan> functions, Map<String, String> awsEnvironment, ClassLoader classLoader) {
        AtomicInteger threads = new AtomicInteger();
        this.runner = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "sandbox-lambda-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (FunctionPlan plan : functions) {
            byName.put(plan.name(), new SandboxFunction(plan, environment(plan, awsEnvironment), classLoader, runner));
        }
    }

    /**
     * What the sandbox gives every handler so its SDK clients reach the sandbox: region, static
     * credentials and endpoint overrides (docs/decisions/0004).
     */
    public static Map<String, String> awsEnvironment(String region, URI dynamoDbEndpoint, URI stepFunctionsEndpoint) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AWS_REGION", region);
        environment.put("AWS_DEFAULT_REGION", region);
        environment.put("AWS_ACCESS_KEY_ID", "sandbox");
        environment.put("AWS_SECRET_ACCESS_KEY", "sandbox");
        if (dynamoDbEndpoint != null) {
            environment.put("AWS_ENDPOINT_URL_DYNAMODB", dynamoDbEndpoint.toString());
        }
        if (stepFunctionsEndpoint != null) {
            environment.put("AWS_ENDPOINT_URL_SFN", stepFunctionsEndpoint.toString());
        }
        return environment;
    }

    private static Map<String, String> environment(FunctionPlan plan, Map<String, String> awsEnvironment) {
        Map<String, String> environment = new LinkedHashMap<>(plan.environment());
        environment.putAll(awsEnvironment);
        environment.put("AWS_LAMBDA_FUNCTION_NAME", plan.name());
        environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(plan.memoryMb()));
        environment.put("AWS_LAMBDA_FUNCTION_VERSION", LATEST);
        environment.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + plan.name());
        environment.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + (plan.runtime().isEmpty() ? "java21" : plan.runtime()));
        return environment;
    }

    @Override
    public InvocationResult invoke(String functionNameOrArn, String payloadJson) {
        return invoke(functionNameOrArn, null, payloadJson);
    }

    /** Invoke with a separate {@code Qualifier} (as the REST API's query parameter carries it). */
    public InvocationResult invoke(String functionNameOrArn, String qualifier, String payloadJson) {
        Target target = target(functionNameOrArn, qualifier);
        return target.function().invoke(payloadJson, target.version(), target.invokedArn());
    }

    /** Event invocation: queued and run in the background, its result dropped (as Lambda drops it without a destination). */
    public void invokeAsync(String functionNameOrArn, String qualifier, String payloadJson) {
        Target target = target(functionNameOrArn, qualifier);
        runner.submit(() -> target.function().invoke(payloadJson, target.version(), target.invokedArn()));
    }

    /** Checks the name and qualifier without running anything (DryRun); returns the version that would run. */
    public String resolveVersion(String functionNameOrArn, String qualifier) {
        return target(functionNameOrArn, qualifier).version();
    }

    public FunctionPlan function(String functionNameOrArn) {
        return target(functionNameOrArn, null).function().plan();
    }

    public List<FunctionPlan> functions() {
        return byName.values().stream().map(SandboxFunction::plan).toList();
    }

    /** The ARN Lambda names in its not-found message for this name. */
    String arnFor(String functionNameOrArn, String qualifier) {
        String unqualified = FunctionNames.unqualified(functionNameOrArn);
        String arn = unqualified.startsWith("arn:") ? unqualified : arnPrefix() + unqualified;
        String effective = qualifier != null ? qualifier : FunctionNames.qualifier(functionNameOrArn);
        return effective == null ? arn : arn + ":" + effective;
    }

    /** {@code arn:PARTITION:lambda:REGION:ACCOUNT:function:} of the sandbox's functions. */
    private String arnPrefix() {
        return byName.values().stream().findFirst()
                .map(function -> function.plan().arn())
                .map(arn -> arn.substring(0, arn.indexOf(":function:") + ":function:".length()))
                .orElse("arn:aws:lambda:us-east-1:000000000000:function:");
    }

    private Target target(String functionNameOrArn, String qualifier) {
        String unqualified = FunctionNames.unqualified(functionNameOrArn);
        String name = unqualified.startsWith("arn:") ? unqualified.substring(unqualified.lastIndexOf(':') + 1) : unqualified;
        SandboxFunction function = byName.get(name);
        if (function == null || unqualified.startsWith("arn:") && !function.plan().arn().equals(unqualified)) {
            throw new FunctionNotFoundException(arnFor(functionNameOrArn, qualifier));
        }
        String inName = FunctionNames.qualifier(functionNameOrArn);
        if (inName != null && qualifier != null && !inName.equals(qualifier)) {
            throw new IllegalArgumentException("The derived qualifier from the function name does not match the specified qualifier.");
        }
        String effective = qualifier != null ? qualifier : inName;
        FunctionPlan plan = function.plan();
        String version;
        if (effective == null || effective.equals(LATEST)) {
            version = LATEST;
        } else if (plan.aliases().containsKey(effective)) {
            version = plan.aliases().get(effective);
        } else if (plan.aliases().containsValue(effective)) {
            version = effective;
        } else {
            throw new FunctionNotFoundException(plan.arn() + ":" + effective);
        }
        return new Target(function, version, effective == null ? plan.arn() : plan.arn() + ":" + effective);
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }

    private record Target(SandboxFunction function, String version, String invokedArn) {
    }
}
