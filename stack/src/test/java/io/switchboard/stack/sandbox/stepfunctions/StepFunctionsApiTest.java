package io.switchboard.stack.sandbox.stepfunctions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.switchboard.stack.sandbox.asl.AslJson;
import io.switchboard.stack.sandbox.asl.LambdaInvocation;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.ExecutionDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.HistoryEventType;
import software.amazon.awssdk.services.sfn.model.InvalidArnException;
import software.amazon.awssdk.services.sfn.model.InvalidExecutionInputException;
import software.amazon.awssdk.services.sfn.model.InvalidNameException;
import software.amazon.awssdk.services.sfn.model.InvalidTokenException;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StateMachineAlreadyExistsException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineType;

/** The control-plane API's semantics and errors, as the SDK sees them. */
class StepFunctionsApiTest {
    private static final String PASS = "{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"End\": true}}}";
    private static final String BLOCKING = """
            {"StartAt": "Block", "States": {"Block": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "Parameters": {"FunctionName": "block"}, "End": true}}}""";

    private final SfnFixture fixture = new SfnFixture(1.0);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void close() {
        release.countDown();
        fixture.close();
    }

    private String blockingMachine() {
        fixture.functions.define("block", payload -> {
            release.await();
            return LambdaInvocation.success(payload);
        });
        return fixture.createMachine(BLOCKING);
    }

    @Test
    void requestCounts_countEachOperationIncludingFailures_untilReset() {
        String machine = fixture.createMachine(PASS);
        String arn = fixture.start(machine, "{}");
        fixture.awaitEnd(arn);
        assertThatThrownBy(() -> fixture.sfn.describeExecution(b -> b.executionArn(arn + "-missing")))
                .isInstanceOf(ExecutionDoesNotExistException.class);
        long describes = fixture.sandbox.requestCounts().get("DescribeExecution");

        assertThat(fixture.sandbox.requestCounts()).containsEntry("CreateStateMachine", 1L)
                .containsEntry("StartExecution", 1L);
        assertThat(describes).isGreaterThanOrEqualTo(2);

        fixture.sandbox.resetRequestCounts();
        fixture.sfn.describeExecution(b -> b.executionArn(arn));
        assertThat(fixture.sandbox.requestCounts()).isEqualTo(java.util.Map.of("DescribeExecution", 1L));
    }

    @Test
    void startExecution_sameNameAndInputWhileRunning_returnsTheSameExecution() {
        String machine = blockingMachine();

        var first = fixture.sfn.startExecution(b -> b.stateMachineArn(machine).name("contact-1-main").input("{\"a\":1}"));
        var again = fixture.sfn.startExecution(b -> b.stateMachineArn(machine).name("contact-1-main").input("{\"a\":1}"));

        assertThat(again.executionArn()).isEqualTo(first.executionArn())
                .isEqualTo("arn:aws:states:us-east-1:000000000000:execution:" + machine.substring(machine.lastIndexOf(':') + 1) + ":contact-1-main");
        assertThat(again.startDate()).isEqualTo(first.startDate());
        assertThat(fixture.sfn.listExecutions(b -> b.stateMachineArn(machine)).executions()).hasSize(1);
    }

    @Test
    void startExecution_sameNameWithOtherInputOrAfterItClosed_isExecutionAlreadyExists() {
        String running = blockingMachine();
        fixture.sfn.startExecution(b -> b.stateMachineArn(running).name("n1").input("{\"a\":1}"));
        assertThatThrownBy(() -> fixture.sfn.startExecution(b -> b.stateMachineArn(running).name("n1").input("{\"a\":2}")))
                .isInstanceOf(ExecutionAlreadyExistsException.class);

        String done = fixture.createMachine(PASS);
        String arn = fixture.sfn.startExecution(b -> b.stateMachineArn(done).name("n2").input("{}")).executionArn();
        fixture.awaitEnd(arn);
        assertThatThrownBy(() -> fixture.sfn.startExecution(b -> b.stateMachineArn(done).name("n2").input("{}")))
                .isInstanceOf(ExecutionAlreadyExistsException.class)
                .hasMessageContaining(arn);
    }

    @Test
    void listExecutions_filtersByStatusAndPagesNewestFirst() {
        String machine = fixture.createMachine(PASS);
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String name = "run-" + i;
            started.add(fixture.sfn.startExecution(b -> b.stateMachineArn(machine).name(name)).executionArn());
        }
        started.forEach(fixture::awaitEnd);

        ListExecutionsResponse page1 = fixture.sfn.listExecutions(b -> b.stateMachineArn(machine)
                .statusFilter(ExecutionStatus.SUCCEEDED).maxResults(2));
        ListExecutionsResponse page2 = fixture.sfn.listExecutions(b -> b.stateMachineArn(machine)
                .statusFilter(ExecutionStatus.SUCCEEDED).maxResults(2).nextToken(page1.nextToken()));
        ListExecutionsResponse page3 = fixture.sfn.listExecutions(b -> b.stateMachineArn(machine)
                .statusFilter(ExecutionStatus.SUCCEEDED).maxResults(2).nextToken(page2.nextToken()));

        assertThat(names(page1)).containsExactly("run-4", "run-3");
        assertThat(names(page2)).containsExactly("run-2", "run-1");
        assertThat(names(page3)).containsExactly("run-0");
        assertThat(page3.nextToken()).isNull();
        assertThat(page1.executions().get(0).stopDate()).isNotNull();
        assertThat(fixture.sfn.listExecutions(b -> b.stateMachineArn(machine).statusFilter(ExecutionStatus.RUNNING)).executions()).isEmpty();
        List<String> all = new ArrayList<>();
        fixture.sfn.listExecutionsPaginator(b -> b.stateMachineArn(machine).maxResults(3)).executions()
                .forEach(e -> all.add(e.name()));
        assertThat(all).containsExactly("run-4", "run-3", "run-2", "run-1", "run-0");
        assertThatThrownBy(() -> fixture.sfn.listExecutions(b -> b.stateMachineArn(machine).nextToken("made-up")))
                .isInstanceOf(InvalidTokenException.class);
    }

    @Test
    void getExecutionHistory_pagesInBothOrdersAndCanLeaveOutData() {
        String machine = fixture.createMachine("""
                {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"}, "B": {"Type": "Pass", "End": true}}}""");
        String arn = fixture.start(machine, "{\"secret\":1}");
        fixture.awaitEnd(arn);

        GetExecutionHistoryResponse first = fixture.sfn.getExecutionHistory(b -> b.executionArn(arn).maxResults(4));
        GetExecutionHistoryResponse rest = fixture.sfn.getExecutionHistory(b -> b.executionArn(arn).maxResults(4).nextToken(first.nextToken()));
        List<HistoryEvent> reversed = new ArrayList<>();
        fixture.sfn.getExecutionHistoryPaginator(b -> b.executionArn(arn).reverseOrder(true).maxResults(2)).events().forEach(reversed::add);

        assertThat(first.events()).extracting(HistoryEvent::id).containsExactly(1L, 2L, 3L, 4L);
        assertThat(rest.events()).extracting(HistoryEvent::id).containsExactly(5L, 6L);
        assertThat(rest.nextToken()).isNull();
        assertThat(reversed).extracting(HistoryEvent::type).containsExactly(HistoryEventType.EXECUTION_SUCCEEDED,
                HistoryEventType.PASS_STATE_EXITED, HistoryEventType.PASS_STATE_ENTERED, HistoryEventType.PASS_STATE_EXITED,
                HistoryEventType.PASS_STATE_ENTERED, HistoryEventType.EXECUTION_STARTED);
        HistoryEvent started = first.events().get(0);
        assertThat(started.executionStartedEventDetails().input()).isEqualTo("{\"secret\":1}");
        assertThat(started.executionStartedEventDetails().roleArn()).isEqualTo("arn:aws:iam::000000000000:role/sandbox");
        assertThat(started.timestamp()).isNotNull();
        assertThat(first.events().get(1).previousEventId()).as("AWS links the first state's entry to no event").isEqualTo(0L);
        assertThat(first.events().get(2).previousEventId()).isEqualTo(2L);
        assertThat(first.events().get(1).stateEnteredEventDetails().name()).isEqualTo("A");
        HistoryEvent withoutData = fixture.sfn.getExecutionHistory(b -> b.executionArn(arn).includeExecutionData(false)).events().get(0);
        assertThat(withoutData.executionStartedEventDetails().input()).isNull();
    }

    @Test
    void stopExecution_abortsARunningExecution() {
        String machine = blockingMachine();
        String arn = fixture.start(machine, "{}");

        var stopped = fixture.sfn.stopExecution(b -> b.executionArn(arn).error("Operator.Stop").cause("caller hung up"));
        DescribeExecutionResponse described = fixture.sfn.describeExecution(b -> b.executionArn(arn));

        assertThat(stopped.stopDate()).isNotNull();
        assertThat(described.status()).isEqualTo(ExecutionStatus.ABORTED);
        assertThat(described.error()).isEqualTo("Operator.Stop");
        assertThat(described.cause()).isEqualTo("caller hung up");
        List<HistoryEvent> history = fixture.history(arn);
        HistoryEvent last = history.get(history.size() - 1);
        assertThat(last.type()).isEqualTo(HistoryEventType.EXECUTION_ABORTED);
        assertThat(last.executionAbortedEventDetails().cause()).isEqualTo("caller hung up");
        SfnFixture.sleep(100);
        assertThat(fixture.history(arn)).hasSameSizeAs(history);
    }

    @Test
    void stateMachines_describeListAndDelete() {
        String definition = PASS;
        String arn = fixture.sfn.createStateMachine(b -> b.name("async-wrapper").definition(definition)
                .roleArn("arn:aws:iam::000000000000:role/r")).stateMachineArn();

        assertThat(arn).isEqualTo("arn:aws:states:us-east-1:000000000000:stateMachine:async-wrapper");
        var described = fixture.sfn.describeStateMachine(b -> b.stateMachineArn(arn));
        assertThat(described.definition()).isEqualTo(definition);
        assertThat(described.type()).isEqualTo(StateMachineType.STANDARD);
        assertThat(described.creationDate()).isNotNull();
        assertThat(fixture.sfn.listStateMachines().stateMachines()).extracting(s -> s.name()).containsExactly("async-wrapper");
        assertThat(fixture.sfn.createStateMachine(b -> b.name("async-wrapper").definition(definition)
                .roleArn("arn:aws:iam::000000000000:role/r")).stateMachineArn()).isEqualTo(arn);
        assertThatThrownBy(() -> fixture.sfn.createStateMachine(b -> b.name("async-wrapper").definition(BLOCKING)
                .roleArn("arn:aws:iam::000000000000:role/r"))).isInstanceOf(StateMachineAlreadyExistsException.class);

        fixture.sfn.deleteStateMachine(b -> b.stateMachineArn(arn));

        assertThatThrownBy(() -> fixture.sfn.describeStateMachine(b -> b.stateMachineArn(arn)))
                .isInstanceOf(StateMachineDoesNotExistException.class);
    }

    @Test
    void createStateMachine_refusesExpressAndBadNames() {
        assertThatThrownBy(() -> fixture.sfn.createStateMachine(b -> b.name("fast").definition(PASS)
                .roleArn("arn:aws:iam::000000000000:role/r").type(StateMachineType.EXPRESS)))
                .isInstanceOf(SfnException.class)
                .hasMessageContaining("STANDARD state machines only")
                .satisfies(e -> assertThat(((SfnException) e).awsErrorDetails().errorCode()).isEqualTo("ValidationException"));
        assertThatThrownBy(() -> fixture.sfn.createStateMachine(b -> b.name("has space").definition(PASS)
                .roleArn("arn:aws:iam::000000000000:role/r"))).isInstanceOf(InvalidNameException.class);
    }

    @Test
    void errors_forUnknownOrMalformedArnsAndBadInput() {
        String machine = fixture.createMachine(PASS);
        String missingMachine = machine + "-gone";
        String missingExecution = "arn:aws:states:us-east-1:000000000000:execution:nope:nope";

        assertThatThrownBy(() -> fixture.sfn.describeExecution(b -> b.executionArn(missingExecution)))
                .isInstanceOf(ExecutionDoesNotExistException.class);
        assertThatThrownBy(() -> fixture.sfn.getExecutionHistory(b -> b.executionArn(missingExecution)))
                .isInstanceOf(ExecutionDoesNotExistException.class);
        assertThatThrownBy(() -> fixture.sfn.stopExecution(b -> b.executionArn(missingExecution)))
                .isInstanceOf(ExecutionDoesNotExistException.class);
        assertThatThrownBy(() -> fixture.sfn.describeExecution(b -> b.executionArn("not-an-arn")))
                .isInstanceOf(InvalidArnException.class);
        assertThatThrownBy(() -> fixture.sfn.startExecution(b -> b.stateMachineArn(missingMachine)))
                .isInstanceOf(StateMachineDoesNotExistException.class);
        assertThatThrownBy(() -> fixture.sfn.listExecutions(b -> b.stateMachineArn(missingMachine)))
                .isInstanceOf(StateMachineDoesNotExistException.class);
        assertThatThrownBy(() -> fixture.sfn.startExecution(b -> b.stateMachineArn(machine).input("{oops")))
                .isInstanceOf(InvalidExecutionInputException.class);
        assertThatThrownBy(() -> fixture.sfn.startExecution(b -> b.stateMachineArn(machine).name("a/b")))
                .isInstanceOf(InvalidNameException.class);
        assertThatThrownBy(() -> fixture.sfn.startExecution(b -> b.stateMachineArn(machine).name("x".repeat(81))))
                .isInstanceOf(InvalidNameException.class);
        SfnException error = (SfnException) org.assertj.core.api.Assertions.catchThrowable(
                () -> fixture.sfn.describeExecution(b -> b.executionArn(missingExecution)));
        assertThat(error.statusCode()).isEqualTo(400);
        assertThat(error.requestId()).isNotBlank();
    }

    @Test
    void describeExecution_reportsInputOutputAndDates() {
        String machine = fixture.createMachine("{\"StartAt\": \"P\", \"States\": {\"P\": {\"Type\": \"Pass\", \"Result\": {\"done\": true}, \"End\": true}}}");

        DescribeExecutionResponse described = fixture.awaitEnd(fixture.start(machine, "{\"in\":1}"));

        assertThat(described.input()).isEqualTo("{\"in\":1}");
        assertThat(AslJson.parse(described.output()).get("done").asBoolean()).isTrue();
        assertThat(described.stateMachineArn()).isEqualTo(machine);
        assertThat(described.stopDate()).isAfterOrEqualTo(described.startDate());
    }

    private static List<String> names(ListExecutionsResponse page) {
        return page.executions().stream().map(ExecutionListItem::name).toList();
    }
}
