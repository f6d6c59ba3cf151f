package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * CheckHoursOfOperation (flow-control-actions-checkhoursofoperation): {@code True} in hours, {@code False}
 * out of hours, for {@code HoursOfOperationId} or else the working queue's hours, at
 * {@link Surroundings#currentTime()}.
 */
final class CheckHoursOfOperationExecutor implements ActionExecutor {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE HH:mm zzz", Locale.ROOT);

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        String named = state.references(action.identifier()).value(action.textParameter("HoursOfOperationId").orElse(""));
        String which = !named.isBlank() ? named : state.targetQueue;
        Surroundings world = state.surroundings;
        HoursOfOperation hours = world.hoursFor(which);
        var now = world.currentTime();
        boolean open = hours.isOpen(now);
        String whose = !named.isBlank() ? "hours " + named
                : which == null ? "the working queue's hours (no queue set)" : "the hours of queue " + which;
        String source = world.hasHoursFor(which) ? "" : " (the simulation's default hours)";
        state.record(action.identifier(), action.type(), StepKind.BRANCH, whose + source + " at "
                + now.withZoneSameInstant(hours.timeZone()).format(WHEN) + ": " + (open ? "in hours (True)" : "out of hours (False)"),
                Duration.ZERO);
        return Branches.byValue(action, open ? "True" : "False", "NoMatchingError", "no condition for " + open);
    }
}
