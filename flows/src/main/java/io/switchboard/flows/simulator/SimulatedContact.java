package io.switchboard.flows.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The inbound voice contact a simulation plays through a flow. */
public record SimulatedContact(
        String callerNumber,
        String contactId,
        String systemNumber,
        String instanceArn,
        Map<String, String> attributes) {

    public static final String DEFAULT_INSTANCE_ARN =
            "arn:aws:connect:us-east-1:111122223333:instance/00000000-0000-0000-0000-000000000000";
    public static final String DEFAULT_SYSTEM_NUMBER = "+18005550100";

    public SimulatedContact {
        attributes = Map.copyOf(attributes);
    }

    /** A caller with a fresh contact id, no attributes, and placeholder instance and dialled number. */
    public static SimulatedContact inbound(String callerNumber) {
        return new SimulatedContact(callerNumber, UUID.randomUUID().toString(), DEFAULT_SYSTEM_NUMBER,
                DEFAULT_INSTANCE_ARN, Map.of());
    }

    public SimulatedContact withContactId(String id) {
        return new SimulatedContact(callerNumber, id, systemNumber, instanceArn, attributes);
    }

    public SimulatedContact withInstanceArn(String arn) {
        return new SimulatedContact(callerNumber, contactId, systemNumber, arn, attributes);
    }

    public SimulatedContact withSystemNumber(String number) {
        return new SimulatedContact(callerNumber, contactId, number, instanceArn, attributes);
    }

    public SimulatedContact withAttribute(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(attributes);
        copy.put(key, value);
        return new SimulatedContact(callerNumber, contactId, systemNumber, instanceArn, copy);
    }

    public SimulatedContact withAttributes(Map<String, String> initial) {
        return new SimulatedContact(callerNumber, contactId, systemNumber, instanceArn, initial);
    }
}
