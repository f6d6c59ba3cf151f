package io.switchboard.stack.template;

import java.util.Map;

/** Values of CloudFormation's pseudo parameters for the sandbox (or for a real deployment). */
public record PseudoParameters(String stackName, String region, String accountId, String partition, String urlSuffix) {

    public static PseudoParameters sandbox() {
        return new PseudoParameters("switchboard", "us-east-1", "000000000000", "aws", "amazonaws.com");
    }

    public PseudoParameters withStackName(String name) {
        return new PseudoParameters(name, region, accountId, partition, urlSuffix);
    }

    /** {@code AWS::StackName} and friends; {@code AWS::NoValue} and {@code AWS::NotificationARNs} are handled by the resolver. */
    public Map<String, String> byName() {
        return Map.of(
                "AWS::StackName", stackName,
                "AWS::StackId", "arn:" + partition + ":cloudformation:" + region + ":" + accountId + ":stack/" + stackName
                        + "/00000000-0000-0000-0000-000000000000",
                "AWS::Region", region,
                "AWS::AccountId", accountId,
                "AWS::Partition", partition,
                "AWS::URLSuffix", urlSuffix);
    }

    /** Whether {@code name} is a pseudo parameter CloudFormation knows (including {@code AWS::NoValue}). */
    public static boolean isPseudo(String name) {
        return NAMES.contains(name);
    }

    private static final java.util.Set<String> NAMES = java.util.Set.of("AWS::StackName", "AWS::StackId", "AWS::Region",
            "AWS::AccountId", "AWS::Partition", "AWS::URLSuffix", "AWS::NoValue", "AWS::NotificationARNs");
}
