package io.switchboard.stack.template;

/**
 * A Step Functions state machine the sandbox executes.
 *
 * @param definition the ASL JSON with {@code DefinitionSubstitutions} applied
 * @param type       {@code STANDARD} or {@code EXPRESS}
 */
public record StateMachinePlan(String logicalId, String name, String arn, String definition, String type, String roleArn) {
}
