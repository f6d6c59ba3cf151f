package io.switchboard.stack.deploy;

import java.util.Optional;

import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Stack;

/** DescribeStacks for one stack, with "does not exist" as an empty result rather than an error. */
final class StackLookup {

    private final CloudFormationClient cfn;

    StackLookup(CloudFormationClient cfn) {
        this.cfn = cfn;
    }

    /** @param stack a stack name, or a stack id (which also finds deleted stacks) */
    Optional<Stack> find(String stack) {
        try {
            return cfn.describeStacks(r -> r.stackName(stack)).stacks().stream().findFirst();
        } catch (CloudFormationException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not exist")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    Stack get(String stack) {
        return find(stack).orElseThrow(() -> new DeployException("Stack " + stack + " does not exist."));
    }
}
