package io.switchboard.flows.testing;

import io.switchboard.flows.simulator.CallerInput;
import io.switchboard.flows.simulator.CallerScript;
import io.switchboard.flows.simulator.HoursOfOperation;
import io.switchboard.flows.simulator.LambdaInvoker;
import io.switchboard.flows.simulator.LambdaRoutes;
import io.switchboard.flows.simulator.SimulationClock;
import io.switchboard.flows.simulator.SimulationOptions;
import io.switchboard.flows.simulator.Surroundings;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a document's overrides and caller instructions into what the simulator plays with: Lambda
 * mocks and substitutes (one-shot, first in first out, as in Connect), queues at capacity, the
 * caller's input (each DTMF or utterance answers the next input block, in document order), hours
 * checks answering InHours or OutOfHours. Every override and instruction is registered before the
 * call starts, in document order, whichever observation it sits in. Actions the simulator cannot carry out are recorded as
 * NOT_REPRODUCIBLE_OFFLINE with the reason.
 */
final class TestSetup {

    private final LambdaRoutes routes;
    private final SimulationOptions options;
    private final Map<TestAction, ActionResult> results = new IdentityHashMap<>();

    private TestSetup(TestDocument document, LambdaInvoker fallback, SimulationOptions base) {
        SimulationClock clock = base.clock();
        LambdaRoutes.Builder builder = LambdaRoutes.to(fallback);
        SimulationOptions options = base;
        List<CallerInput> callerInput = new ArrayList<>();
        for (Observation observation : document.observations()) {
            for (TestAction action : observation.actions()) {
                if (action instanceof TestAction.LambdaOverride lambda) {
                    if (lambda.mock() != null) {
                        builder.mockOnce(lambda.functionArn(), lambda.mock(), clock);
                        results.put(action, ActionResult.done(action, "Lambda " + lambda.functionArn() + " " + lambda.effect()
                                + " (next call)", ""));
                    } else {
                        builder.once(lambda.functionArn(), (arn, event) -> fallback.invoke(lambda.substituteArn(), event));
                        results.put(action, ActionResult.done(action, "Lambda " + lambda.functionArn() + " " + lambda.effect()
                                + " (next call)", ""));
                    }
                } else if (action instanceof TestAction.QueueOverride queue) {
                    String description = "transfer to queue " + queue.queueId() + " fails with " + queue.error();
                    if (queue.error().equals("QueueAtCapacity")) {
                        options = options.withQueueAtCapacity(queue.queueId());
                        results.put(action, ActionResult.done(action, description, ""));
                    } else {
                        results.put(action, ActionResult.notReproducible(action, description,
                                "the simulator fails a transfer only for QueueAtCapacity"));
                    }
                } else if (action instanceof TestAction.HoursOverride hours) {
                    if (hours.error() != null) {
                        results.put(action, ActionResult.notReproducible(action, "hours " + hours.hoursOfOperationId()
                                + " fail with " + hours.error(), "the simulator's hours checks do not fail"));
                    } else {
                        HoursOfOperation schedule = hours.open() ? HoursOfOperation.alwaysOpen() : HoursOfOperation.alwaysClosed();
                        Surroundings world = options.surroundings();
                        options = options.withSurroundings(hours.hoursOfOperationId().isBlank()
                                ? world.withHours(schedule) : world.withHoursFor(hours.hoursOfOperationId(), schedule));
                        results.put(action, ActionResult.done(action, "hours " + (hours.hoursOfOperationId().isBlank()
                                ? "(all)" : hours.hoursOfOperationId()) + " check " + (hours.open() ? "InHours" : "OutOfHours"), ""));
                    }
                } else if (action instanceof TestAction.SendDtmf dtmf) {
                    callerInput.add(new CallerInput.Dtmf(dtmf.digits()));
                    results.put(action, ActionResult.done(action, CallerInstructions.describe(action), ""));
                } else if (action instanceof TestAction.SendUtterance utterance) {
                    callerInput.add(new CallerInput.Utterance(utterance.text()));
                    results.put(action, ActionResult.done(action, CallerInstructions.describe(action), ""));
                } else if (action instanceof TestAction.NotReproducible not) {
                    results.put(action, ActionResult.notReproducible(action, not.type(), not.reason()));
                }
            }
        }
        if (!callerInput.isEmpty()) {
            options = options.withCaller(CallerScript.of(callerInput));
        }
        this.routes = builder.build();
        this.options = options;
    }

    static TestSetup of(TestDocument document, LambdaInvoker fallback, SimulationOptions options) {
        return new TestSetup(document, fallback, options);
    }

    LambdaRoutes routes() {
        return routes;
    }

    SimulationOptions options() {
        return options;
    }

    /**
     * After the call: marks the Lambda overrides no call used (the last ones queued for their function),
     * so a mock that never answered is visible rather than silently ignored.
     */
    void noteUnusedOverrides(TestDocument document) {
        routes.unusedOneShots().forEach((key, unused) -> {
            List<TestAction> overrides = document.observations().stream().flatMap(o -> o.actions().stream())
                    .filter(a -> a instanceof TestAction.LambdaOverride l && l.functionArn().equals(key)).toList();
            for (TestAction override : overrides.subList(Math.max(0, overrides.size() - unused), overrides.size())) {
                ActionResult before = results.get(override);
                results.put(override, new ActionResult(before.identifier(), before.description(), before.verdict(), before.expected(),
                        "not used: the flow made no further call to " + key));
            }
        });
    }

    /** The result of an override or instruction set up before the call; null for assertions and controls. */
    ActionResult resultOf(TestAction action) {
        return results.get(action);
    }
}
