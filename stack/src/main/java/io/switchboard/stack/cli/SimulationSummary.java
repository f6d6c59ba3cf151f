package io.switchboard.stack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flows.simulator.CallTranscript;
import io.switchboard.flows.simulator.EndingKind;
import io.switchboard.flows.simulator.LambdaCall;

/** {@code simulate --json}: one object with how the call ended, its timings and its Lambda calls. */
final class SimulationSummary {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SimulationSummary() {
    }

    static String json(String flow, String caller, CallTranscript call) {
        ObjectNode root = JSON.createObjectNode();
        root.put("flow", flow);
        root.put("caller", caller);
        root.put("outcome", call.ending().kind().outcome());
        root.put("ending", call.ending().kind().name());
        root.put("detail", call.ending().detail());
        root.put("lastAction", call.ending().actionId());
        root.put("throughErrorBranch", call.ending().throughErrorBranch());
        root.put("seconds", call.totalDuration().toMillis() / 1000.0);
        root.put("deadAirSeconds", call.deadAir().toMillis() / 1000.0);
        ArrayNode lambdas = root.putArray("lambdaCalls");
        for (LambdaCall lambda : call.lambdaCalls()) {
            lambdas.addObject().put("action", lambda.actionId()).put("function", lambda.functionArn())
                    .put("outcome", lambda.outcome().name()).put("seconds", lambda.duration().toMillis() / 1000.0)
                    .put("detail", lambda.detail());
        }
        ArrayNode unsupported = root.putArray("unsupported");
        if (call.ending().kind() == EndingKind.UNSUPPORTED_ACTION) {
            unsupported.add(call.ending().detail());
        }
        ArrayNode heard = root.putArray("heard");
        call.heard().forEach(heard::add);
        ArrayNode path = root.putArray("path");
        call.path().forEach(path::add);
        ArrayNode warnings = root.putArray("warnings");
        call.warnings().forEach(warnings::add);
        ObjectNode attributes = root.putObject("attributes");
        call.finalAttributes().forEach(attributes::put);
        return root.toPrettyString();
    }

    /**
     * The exit status: 0 the call reached its end without any action failing; 1 an action failed on the
     * way (a Lambda error or time-out, a prompt Connect cannot play…) and the flow took an Errors branch or
     * had none; 3 the simulator could not play the flow to an end (UNSUPPORTED_ACTION, SIMULATION_ERROR).
     */
    static int exitStatus(CallTranscript call) {
        String outcome = call.ending().kind().outcome();
        if (outcome.equals(EndingKind.UNSUPPORTED_ACTION.name()) || outcome.equals(EndingKind.SIMULATION_ERROR.name())) {
            return 3;
        }
        return call.ending().throughErrorBranch() || call.ending().kind() == EndingKind.ERROR_PATH ? 1 : 0;
    }
}
