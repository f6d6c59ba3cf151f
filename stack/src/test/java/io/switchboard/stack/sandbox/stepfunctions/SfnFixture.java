package io.switchboard.stack.sandbox.stepfunctions;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.stack.sandbox.asl.LambdaTaskResource;
import io.switchboard.stack.sandbox.asl.TaskResource;
import io.switchboard.stack.sandbox.asl.TaskResources;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;

/** A started sandbox plus a real SfnClient pointed at it, and helpers to run definitions. */
final class SfnFixture implements AutoCloseable {
    final TestFunctions functions = new TestFunctions();
    final StepFunctionsSandbox sandbox;
    final SfnClient sfn;

    SfnFixture(double delayScale, TaskResource... extraResources) {
        List<TaskResource> resources = new ArrayList<>(List.of(new LambdaTaskResource(functions)));
        resources.addAll(List.of(extraResources));
        sandbox = new StepFunctionsSandbox(StepFunctionsSandbox.Settings.defaults().withDelayScale(delayScale),
                new TaskResources(resources)).start();
        sfn = SfnClient.builder()
                .endpointOverride(sandbox.endpoint())
                .region(Region.EU_WEST_3)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "thing")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    String createMachine(String definition) {
        return sfn.createStateMachine(b -> b.name("sm-" + UUID.randomUUID())
                .definition(definition)
                .roleArn("arn:aws:iam::000000000000:role/sandbox")).stateMachineArn();
    }

    String start(String machineArn, String input) {
        return sfn.startExecution(b -> b.stateMachineArn(machineArn).input(input)).executionArn();
    }

    /** Polls DescribeExecution like a client would, until the execution leaves RUNNING. */
    DescribeExecutionResponse awaitEnd(String executionArn) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            DescribeExecutionResponse described = sfn.describeExecution(b -> b.executionArn(executionArn));
            if (described.status() != ExecutionStatus.RUNNING) {
                return described;
            }
            sleep(20);
        }
        throw new AssertionError("execution still running: " + executionArn);
    }

    DescribeExecutionResponse run(String definition, String input) {
        return awaitEnd(start(createMachine(definition), input));
    }

    List<HistoryEvent> history(String executionArn) {
        List<HistoryEvent> events = new ArrayList<>();
        sfn.getExecutionHistoryPaginator(b -> b.executionArn(executionArn)).events().forEach(events::add);
        return events;
    }

    List<String> eventTypes(String executionArn) {
        return history(executionArn).stream().map(HistoryEvent::typeAsString).toList();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static void assertSucceeded(DescribeExecutionResponse described) {
        assertThat(described.status()).as("%s %s", described.error(), described.cause()).isEqualTo(ExecutionStatus.SUCCEEDED);
    }

    @Override
    public void close() {
        sfn.close();
        sandbox.close();
    }
}
