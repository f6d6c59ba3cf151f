package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;

/**
 * CheckMetricData (Check queue status / Check staffing; flow-control-actions-checkmetricdata): loads
 * one real-time figure of {@code QueueId}, {@code AgentId} or else the working queue from
 * {@link Surroundings#metricsFor(String)} and compares it with the conditions. No condition met takes
 * NoMatchingCondition where the block has it, else NextAction.
 */
final class CheckMetricDataExecutor implements ActionExecutor {

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        ReferenceResolver references = state.references(action.identifier());
        String queue = references.value(action.textParameter("QueueId").or(() -> action.textParameter("AgentId")).orElse(""));
        String which = queue.isBlank() ? state.targetQueue : queue;
        QueueMetrics metrics = state.surroundings.metricsFor(which);
        String metric = action.textParameter("MetricType").orElse("");
        Long value = value(metric, metrics);
        if (value == null) {
            return ActionOutcome.error("NoMatchingError", "unknown MetricType '" + metric + "'");
        }
        var branch = Branches.matching(action, String.valueOf(value));
        state.record(action.identifier(), action.type(), StepKind.BRANCH, metric + " of "
                + (which == null ? "the working queue (none set)" : "queue " + which) + " = " + value
                + branch.map(c -> ": " + c.operator() + " " + c.operands()).orElse(": no condition met"), Duration.ZERO);
        if (branch.isPresent()) {
            return ActionOutcome.goTo(branch.get().nextAction());
        }
        return Branches.hasError(action, "NoMatchingCondition")
                ? ActionOutcome.error("NoMatchingCondition", metric + " = " + value)
                : ActionOutcome.next();
    }

    private static Long value(String metric, QueueMetrics metrics) {
        return switch (metric) {
            case "NumberOfAgentsAvailable" -> (long) metrics.agentsAvailable();
            case "NumberOfAgentsStaffed" -> (long) metrics.agentsStaffed();
            case "NumberOfAgentsOnline" -> (long) metrics.agentsOnline();
            case "NumberOfContactsInQueue" -> (long) metrics.contactsInQueue();
            case "OldestContactInQueueAgeSeconds" -> metrics.oldestContactAge().toSeconds();
            default -> null;
        };
    }
}
