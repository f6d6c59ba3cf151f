package io.switchboard.desktop.replay;

import io.switchboard.desktop.connection.Session;
import io.switchboard.desktop.task.CancelledException;
import io.switchboard.desktop.task.Progress;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.simulator.CallTranscript;
import io.switchboard.flows.simulator.FlowSimulator;
import io.switchboard.flows.simulator.LambdaInvoker;
import io.switchboard.flows.simulator.SimulatedContact;
import io.switchboard.flows.simulator.SimulationClock;
import io.switchboard.flows.simulator.SimulationInterruptedException;
import io.switchboard.flows.simulator.SimulationOptions;
import io.switchboard.stack.simulate.SandboxFlows;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Plays a shipped flow through the simulator on the session's Lambda functions (the sandbox's, or
 * the stack's {@code live} aliases in AWS). Runs in the background; notices Cancel between prompts
 * and Lambda calls.
 */
public final class CallPlayback {
    /** "Fast" plays prompts at a tenth of their spoken length, like {@code switchboard simulate --fast}. */
    public static final double FAST_TIME_SCALE = 0.1;
    private static final Duration SLICE = Duration.ofMillis(100);

    private CallPlayback() {
    }

    public static CallTranscript play(Session session, PlayRequest request, Progress progress) {
        if (session.output("VanityFunctionAliasArn").isEmpty()) {
            throw new IllegalStateException("The stack is not deployed on this connection: deploy it first, then play a call.");
        }
        FlowDocument flow = SandboxFlows.load(request.flow(), session.outputs());
        SimulationOptions options = SimulationOptions.defaults()
                .withTimeScale(request.fast() ? FAST_TIME_SCALE : 1)
                .withClock(cancellable(SimulationClock.system(), progress));
        SimulatedContact contact = SimulatedContact.inbound(request.caller().strip())
                .withContactId(UUID.randomUUID().toString())
                .withAttributes(request.attributes());
        progress.update(-1, "Calling " + request.flow() + " from " + request.caller().strip());
        try {
            return new FlowSimulator(reporting(session.functions().flowInvoker(), progress), options).simulate(flow, contact);
        } catch (SimulationInterruptedException interrupted) {
            throw new CancelledException();
        }
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
