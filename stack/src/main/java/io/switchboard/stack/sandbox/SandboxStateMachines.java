package io.switchboard.stack.sandbox;

import io.switchboard.stack.template.StateMachinePlan;
import java.net.URI;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/** Creates the template's state machines through the sandbox's own Step Functions API (which validates them). */
final class SandboxStateMachines {
    private final URI endpoint;
    private final String region;

    SandboxStateMachines(URI endpoint, String region) {
        this.endpoint = endpoint;
        this.region = region;
    }

    void createAll(List<StateMachinePlan> machines, SandboxProvisioning progress) {
        try (SfnClient sfn = SfnClient.builder()
                .endpointOverride(endpoint)
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("sandbox", "sandbox")))
                .httpClient(UrlConnectionHttpClient.create())
                .build()) {
            for (StateMachinePlan machine : machines) {
                progress.created(machine.logicalId(), "AWS::StepFunctions::StateMachine", "", () ->
                        sfn.createStateMachine(b -> b.name(machine.name())
                                .definition(machine.definition())
                                .roleArn(machine.roleArn())
                                .type(machine.type() == null ? StateMachineType.STANDARD.toString() : machine.type())));
            }
        }
    }
}
