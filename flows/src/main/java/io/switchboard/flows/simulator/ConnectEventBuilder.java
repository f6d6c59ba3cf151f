package io.switchboard.flows.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Builds the {@code ContactFlowEvent} Connect sends to a synchronous Lambda (see shared/connect-events). */
final class ConnectEventBuilder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConnectEventBuilder() {
    }

    static String event(CallState state, Map<String, String> parameters) {
        SimulatedContact contact = state.contact;
        ObjectNode root = JSON.createObjectNode();
        root.put("Name", "ContactFlowEvent");
        ObjectNode details = root.putObject("Details");
        ObjectNode data = details.putObject("ContactData");
        ObjectNode attributes = data.putObject("Attributes");
        state.attributes.forEach(attributes::put);
        data.put("Channel", "VOICE");
        data.put("ContactId", contact.contactId());
        data.put("InitialContactId", contact.contactId());
        data.put("InitiationMethod", "INBOUND");
        data.put("InstanceARN", contact.instanceArn());
        ObjectNode customer = data.putObject("CustomerEndpoint");
        customer.put("Address", contact.callerNumber());
        customer.put("Type", "TELEPHONE_NUMBER");
        ObjectNode system = data.putObject("SystemEndpoint");
        system.put("Address", contact.systemNumber());
        system.put("Type", "TELEPHONE_NUMBER");
        if (state.targetQueue == null) {
            data.putNull("Queue");
        } else {
            data.putObject("Queue").put("ARN", state.targetQueue);
        }
        ObjectNode params = details.putObject("Parameters");
        parameters.forEach(params::put);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
