package io.switchboard.flows.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.References;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A polling Loop that gives up before the Lambda it polls can: the Lambda is told {@code count_max}
 * (the async wrapper protocol's cap, answered with LOOP_DONE once passed) but the Loop's LoopCount is
 * smaller, so the Lambda's own limit never fires (seed A: LoopCount 10 against count_max 20).
 */
final class LoopCapRule extends ActionRule {

    static final String CAP_ATTRIBUTE = "count_max";

    LoopCapRule() {
        super("Loop");
    }

    @Override
    void check(FlowDocument flow, FlowAction loop, List<FlowProblem> problems) {
        OptionalLong loopCount = number(loop.textParameter("LoopCount").orElse(""));
        String body = loop.transitions().conditions().stream()
                .filter(c -> c.operands().equals(List.of("ContinueLooping"))).map(c -> c.nextAction()).findFirst().orElse(null);
        if (loopCount.isEmpty() || body == null) {
            return;
        }
        FlowGraph graph = new FlowGraph(flow);
        Set<String> inLoop = graph.reachableFrom(List.of(body));
        for (FlowAction invoke : flow.actions()) {
            if (!"InvokeLambdaFunction".equals(invoke.type()) || !inLoop.contains(invoke.identifier())
                    || !graph.reachableFrom(List.of(invoke.identifier())).contains(loop.identifier())) {
                continue;
            }
            JsonNode cap = invoke.parameters().path("LambdaInvocationAttributes").path(CAP_ATTRIBUTE);
            OptionalLong countMax = resolve(flow, cap.asText(""));
            if (countMax.isPresent() && loopCount.getAsLong() < countMax.getAsLong()) {
                problems.add(FlowProblem.warning(loop.identifier(), "Loop stops after " + loopCount.getAsLong()
                        + " rounds, but '" + invoke.identifier() + "' tells its Lambda count_max=" + countMax.getAsLong()
                        + ": the Lambda's own limit can never be reached; make LoopCount at least count_max", page()));
            }
        }
    }

    /** A static number, or the static value a $.FlowAttributes / $.Attributes reference is set to in this flow. */
    private static OptionalLong resolve(FlowDocument flow, String value) {
        if (!References.isReference(value)) {
            return number(value);
        }
        String[] parts = value.split("\\.", 3);
        if (parts.length < 3) {
            return OptionalLong.empty();
        }
        for (FlowAction action : flow.actions()) {
            JsonNode set = switch (parts[1]) {
                case "FlowAttributes" -> "UpdateFlowAttributes".equals(action.type())
                        ? action.parameters().path("FlowAttributes").path(parts[2]).path("Value") : null;
                case "Attributes" -> "UpdateContactAttributes".equals(action.type())
                        ? action.parameters().path("Attributes").path(parts[2]) : null;
                default -> null;
            };
            if (set != null && set.isValueNode()) {
                OptionalLong number = number(set.asText());
                if (number.isPresent()) {
                    return number;
                }
            }
        }
        return OptionalLong.empty();
    }

    private static OptionalLong number(String text) {
        try {
            return OptionalLong.of(Long.parseLong(text.trim()));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }
}
