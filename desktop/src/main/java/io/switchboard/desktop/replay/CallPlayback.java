package io.switchboard.desktop.replay;

import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.CancelledException;
import io.switchboard.desktop.task.Progress;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.simulator.CallTranscript;
import io.switchboard.flows.simulator.CallerScript;
import io.switchboard.flows.simulator.FlowLibrary;
import io.switchboard.flows.simulator.HoursOfOperation;
import io.switchboard.flows.simulator.Surroundings;
import io.switchboard.flows.simulator.FlowSimulator;
import io.switchboard.flows.simulator.LambdaInvocationException;
import io.switchboard.flows.simulator.LambdaInvoker;
import io.switchboard.flows.simulator.SimulatedContact;
import io.switchboard.flows.simulator.SimulationClock;
import io.switchboard.flows.simulator.SimulationInterruptedException;
import io.switchboard.flows.simulator.SimulationOptions;
import io.switchboard.flows.simulator.TranscriptStep;
import io.switchboard.flows.testing.TestResult;
import io.switchboard.flows.testing.TestRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Plays a shipped flow or a flow file through the simulator on the session's Lambda functions (the
 * sandbox's, or the stack's {@code live} aliases in AWS). Only the stack's functions are called: any
 * other function a flow file names answers with a failure, so the call takes that block's error
 * branch (a file must never reach a production function in the account). Runs in the background;
 * notices Cancel between prompts and Lambda calls.
 */
public final class CallPlayback {
    /** "Fast" plays prompts at a tenth of their spoken length, like {@code switchboard simulate --fast}. */
    public static final double FAST_TIME_SCALE = 0.1;
    private static final Duration SLICE = Duration.ofMillis(100);
    /**
     * The demo lookup's delay when the async demo plays fast and the user set none: the sandbox's 4 s
     * default would need 40 s of prompts to cover, so the caller would hear "taking too long".
     */
    static final String FAST_DEMO_DELAY_MS = "400";

    private CallPlayback() {
    }

    public static CallTranscript play(Session session, PlayRequest request, Progress progress) {
        return play(session, request, progress, step -> { });
    }

    /** @param live told of each transcript step as the caller lives it, on the simulating thread */
    public static CallTranscript play(Session session, PlayRequest request, Progress progress, Consumer<TranscriptStep> live) {
        Prepared call = prepare(session, request, progress, live);
        try {
            return new FlowSimulator(call.lambdas(), call.options()).simulate(call.flow(), call.contact());
        } catch (SimulationInterruptedException interrupted) {
            throw new CancelledException();
        }
    }

    /**
     * Plays the call once and judges a testing-language document's observations against it, the
     * document's {@code ${Name}} placeholders filled like the flows' (the stack's function ARNs).
     */
    public static TestResult test(Session session, PlayRequest request, String name, String document, Progress progress) {
        Prepared call = prepare(session, request, progress, step -> { });
        try {
            return new TestRunner(call.lambdas(), call.options())
                    .run(name, document, FlowSource.placeholders(session.outputs()), call.flow(), call.contact());
        } catch (SimulationInterruptedException interrupted) {
            throw new CancelledException();
        }
    }

    /** Everything a simulated call needs: the flow, the contact, the options, and the stack's functions only. */
    private record Prepared(FlowDocument flow, SimulatedContact contact, SimulationOptions options, LambdaInvoker lambdas) {
    }

    private static Prepared prepare(Session session, PlayRequest request, Progress progress, Consumer<TranscriptStep> live) {
        if (!FlowSource.isFile(request.flow()) && session.output("VanityFunctionAliasArn").isEmpty()) {
            throw new IllegalStateException("The stack is not deployed on this connection: deploy it first, then play a call.");
        }
        FlowDocument flow = FlowSource.load(request.flow(), session.outputs());
        SimulationOptions options = SimulationOptions.defaults()
                .withTimeScale(request.fast() ? FAST_TIME_SCALE : 1)
                .withClock(cancellable(SimulationClock.system(), progress))
                .withStepListener(live)
                .withCaller(CallerScript.dtmf(request.dtmf().toArray(String[]::new)))
                .withSurroundings(surroundings(request));
        SimulatedContact contact = SimulatedContact.inbound(request.caller().strip())
                .withContactId(UUID.randomUUID().toString())
                .withAttributes(attributesToPlay(request));
        progress.update(-1, "Calling " + FlowSource.label(request.flow()).strip() + " from " + request.caller().strip());
        return new Prepared(flow, contact, options, reporting(stackOnly(session), progress));
    }

    /** The user's attributes, plus the defaults the simulated call needs (never written back into the user's text). */
    static Map<String, String> attributesToPlay(PlayRequest request) {
        Map<String, String> attributes = new LinkedHashMap<>(request.attributes());
        if (request.fast() && "async-demo".equals(request.flow())) {
            attributes.putIfAbsent("demo_delay_ms", FAST_DEMO_DELAY_MS);
        }
        return attributes;
    }

    private static Surroundings surroundings(PlayRequest request) {
        Surroundings world = Surroundings.defaults()
                .withHours(request.hoursOpen() ? HoursOfOperation.alwaysOpen() : HoursOfOperation.alwaysClosed());
        if (request.flowsFolder() == null) {
            return world;
        }
        Path folder = Path.of(request.flowsFolder());
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("The flows folder " + folder + " is not there: choose the folder that holds "
                    + "the flows TransferToFlow goes to, or clear the field.");
        }
        return world.withFlows(FlowLibrary.of(folder));
    }

    private static LambdaInvoker stackOnly(Session session) {
        Set<String> stack = FlowSource.stackFunctions(session.outputs());
        LambdaInvoker functions = session.functions().flowInvoker();
        return (arn, event) -> {
            if (!stack.contains(arn)) {
                throw new LambdaInvocationException("not called: Play calls only this stack's functions, so the flow takes its error branch");
            }
            return functions.invoke(arn, event);
        };
    }

    private static LambdaInvoker reporting(LambdaInvoker invoker, Progress progress) {
        AtomicInteger calls = new AtomicInteger();
        return (arn, event) -> {
            if (progress.isCancelled()) {
                throw new CancelledException();
            }
            progress.update(-1, "Lambda call " + calls.incrementAndGet() + ": " + arn.substring(arn.indexOf(":function:") < 0 ? 0 : arn.indexOf(":function:") + 10));
            return invoker.invoke(arn, event);
        };
    }

    /** Waits in short slices so Cancel stops a long prompt or Wait block within a tenth of a second. */
    private static SimulationClock cancellable(SimulationClock clock, Progress progress) {
        return new SimulationClock() {
            @Override
            public long nanoTime() {
                return clock.nanoTime();
            }

            @Override
            public void sleep(Duration duration) {
                Duration left = duration;
                while (!left.isNegative() && !left.isZero()) {
                    if (progress.isCancelled()) {
                        throw new CancelledException();
                    }
                    Duration slice = left.compareTo(SLICE) < 0 ? left : SLICE;
                    clock.sleep(slice);
                    left = left.minus(slice);
                }
            }
        };
    }
}
