package io.switchboard.stack.sandbox.stepfunctions;

import io.switchboard.stack.sandbox.asl.StateMachineDefinition;
import java.time.Instant;

/** A created state machine: the text it was created with and its parsed form. */
record StateMachineEntry(String arn, String name, String definitionText, StateMachineDefinition definition,
                         String roleArn, String type, Instant creationDate) {
}
