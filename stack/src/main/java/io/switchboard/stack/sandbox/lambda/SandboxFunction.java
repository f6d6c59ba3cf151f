package io.switchboard.stack.sandbox.lambda;

import io.switchboard.stack.template.FunctionPlan;
import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One function of the sandbox: its handler is created on the first invocation (a cold start, with
 * the function's own environment) and reused after, until an invocation times out, which — as in
 * Lambda — throws the execution environment away.
 */
final class SandboxFunction {
    private final FunctionPlan plan;
    private final Map<String, String> environment;
    private final ClassLoader classLoader;
    private final ExecutorService runner;
    private Object handler;
    private HandlerMethod method;

    SandboxFunction(FunctionPlan plan, Map<String, String> environment, ClassLoader classLoader, ExecutorService runner) {
        this.plan = plan;
        this.environment = Map.copyOf(environment);
        this.classLoader = classLoader;
        this.runner = runner;
    }

    FunctionPlan plan() {
        return plan;
    }

    InvocationResult invoke(String payloadJson, String version, String invokedArn) {
        String requestId = UUID.randomUUID().toString();
        List<String> log = new ArrayList<>();
        log.add("START RequestId: " + requestId + " Version: " + version);
        long initMillis;
        boolean cold;
        Object instance;
        HandlerMethod target;
        long initStart = System.nanoTime();
        try {
            synchronized (this) {
                cold = handler == null;
                if (cold) {
                    createHandler();
                }
                instance = handler;
                target = method;
                initMillis = cold ? millisSince(initStart) : 0;
            }
        } catch (Throwable initError) {
            log.add("END RequestId: " + requestId);
            log.add(report(requestId, 0, true, millisSince(initStart)));
            Throwable reported = initError instanceof HandlerInitException ? initError.getCause() : initError;
            return new InvocationResult(ErrorPayload.of(reported), "Unhandled", 0, true, millisSince(initStart), version, log);
        }
        SandboxContext context = new SandboxContext(requestId, plan.name(), version, invokedArn, plan.memoryMb(),
                plan.timeoutSeconds() * 1000L);
        long start = System.nanoTime();
        Future<String> run = runner.submit(() -> callHandler(target, instance, payloadJson, context));
        String payload;
        String error = null;
        try {
            payload = run.get(plan.timeoutSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException timeout) {
            run.cancel(true);
            discardHandler(instance);
            payload = ErrorPayload.timedOut(Instant.now().toString(), requestId, millisSince(start) / 1000.0);
            error = "Unhandled";
        } catch (ExecutionException failure) {
            Throwable cause = failure.getCause() instanceof HandlerFailure handlerFailure ? handlerFailure.getCause() : failure.getCause();
            payload = ErrorPayload.of(cause);
            error = "Unhandled";
        } catch (InterruptedException interrupted) {
            run.cancel(true);
            Thread.currentThread().interrupt();
            payload = ErrorPayload.of(interrupted);
            error = "Unhandled";
        }
        long duration = millisSince(start);
        log.addAll(context.loggedLines());
        if (error != null && payload.contains("Task timed out")) {
            log.add(payload);
        }
        log.add("END RequestId: " + requestId);
        log.add(report(requestId, duration, cold, initMillis));
        return new InvocationResult(payload, error, duration, cold, initMillis, version, log);
    }

    private static String callHandler(HandlerMethod target, Object instance, String payloadJson, SandboxContext context)
            throws HandlerFailure {
        try {
            return target.invoke(instance, payloadJson, context);
        } catch (Throwable thrown) {
            throw new HandlerFailure(thrown);
        }
    }

    private void createHandler() throws ReflectiveOperationException {
        Class<?> type = Class.forName(plan.handlerClass(), true, classLoader);
        HandlerMethod found = HandlerMethod.find(type, plan.handlerMethod());
        Object created;
        try {
            Constructor<?> withEnvironment = type.getConstructor(Map.class);
            created = withEnvironment.newInstance(environment);
        } catch (NoSuchMethodException noMapConstructor) {
            created = type.getConstructor().newInstance();
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause() instanceof Exception exception ? new HandlerInitException(exception) : e;
        }
        handler = created;
        method = found;
    }

    private synchronized void discardHandler(Object timedOut) {
        if (handler == timedOut) {
            handler = null;
            method = null;
        }
    }

    private String report(String requestId, long durationMillis, boolean cold, long initMillis) {
        String report = String.format(Locale.ROOT, "REPORT RequestId: %s\tDuration: %d ms\tMemory Size: %d MB", requestId,
                durationMillis, plan.memoryMb());
        return cold ? report + String.format(Locale.ROOT, "\tInit Duration: %d ms", initMillis) : report;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000L;
    }

    /** Carries whatever the handler threw (including Errors) out of the runner thread. */
    private static final class HandlerFailure extends Exception {
        HandlerFailure(Throwable cause) {
            super(cause);
        }
    }

    /** The handler's constructor threw: reported with the constructor's own exception as the error. */
    private static final class HandlerInitException extends ReflectiveOperationException {
        HandlerInitException(Exception cause) {
            super(cause.getMessage(), cause);
        }
    }
}
