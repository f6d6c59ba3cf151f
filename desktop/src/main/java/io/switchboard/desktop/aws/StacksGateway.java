package io.switchboard.desktop.aws;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/** CloudFormation, read-only: where the deployed stack's resources are (its Outputs). */
public final class StacksGateway {
    private final ClientCache clients;

    public StacksGateway(ClientCache clients) {
        this.clients = clients;
    }

    /** The stack's outputs, or empty when no such stack exists in this region. */
    public Optional<Map<String, String>> outputs(String stackName) {
        try {
            Stack stack = clients.cloudFormation().describeStacks(b -> b.stackName(stackName)).stacks().get(0);
            return Optional.of(stack.outputs().stream().collect(Collectors.toMap(Output::outputKey, Output::outputValue)));
        } catch (CloudFormationException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not exist")) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
