package io.switchboard.desktop.aws;

import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionListItem;
import software.amazon.awssdk.services.sfn.model.GetExecutionHistoryResponse;
import software.amazon.awssdk.services.sfn.model.HistoryEvent;
import software.amazon.awssdk.services.sfn.model.ListExecutionsRequest;
import software.amazon.awssdk.services.sfn.model.ListExecutionsResponse;
import software.amazon.awssdk.services.sfn.model.SfnException;

/** Step Functions: the stack's state machines, their executions and event histories. */
public final class ExecutionsGateway {
    private final ClientCache clients;

    public ExecutionsGateway(ClientCache clients) {
        this.clients = clients;
    }

    public List<StateMachine> stateMachines() {
        return clients.sfn().listStateMachinesPaginator(b -> { }).stateMachines().stream()
                .map(sm -> new StateMachine(sm.name(), sm.stateMachineArn()))
                .toList();
    }

    /** @param status RUNNING, SUCCEEDED, FAILED, TIMED_OUT, ABORTED, or {@code null} for all */
    public ExecutionPage executions(String stateMachineArn, String status, int limit, String nextToken) {
        ListExecutionsRequest.Builder request = ListExecutionsRequest.builder()
                .stateMachineArn(stateMachineArn).maxResults(limit).nextToken(nextToken);
        if (status != null) {
            request.statusFilter(status);
        }
        ListExecutionsResponse response = clients.sfn().listExecutions(request.build());
        return new ExecutionPage(response.executions().stream().map(ExecutionsGateway::summary).toList(), response.nextToken());
    }

    public ExecutionDetail describe(String executionArn) {
        DescribeExecutionResponse d = clients.sfn().describeExecution(b -> b.executionArn(executionArn));
        return new ExecutionDetail(new ExecutionSummary(d.executionArn(), d.name(), d.statusAsString(), d.startDate(), d.stopDate()),
                d.input(), d.output(), d.error(), d.cause(),
                new Redrive("REDRIVABLE".equals(d.redriveStatusAsString()), d.redriveStatusReason(),
                        d.redriveCount() == null ? 0 : d.redriveCount(), d.redriveDate()));
    }

    /** The definition (Amazon States Language) the execution ran: DescribeStateMachineForExecution. */
    public String definitionOf(String executionArn) {
        return clients.sfn().describeStateMachineForExecution(b -> b.executionArn(executionArn)).definition();
    }

    /** RedriveExecution: runs a failed, aborted or timed-out execution again from the state that did not succeed. */
    public Instant redrive(String executionArn) {
        return clients.sfn().redriveExecution(b -> b.executionArn(executionArn)).redriveDate();
    }

    /** One page of the event history, newest first. */
    public HistoryPage history(String executionArn, String nextToken) {
        GetExecutionHistoryResponse page = clients.sfn().getExecutionHistory(b -> b.executionArn(executionArn)
                .reverseOrder(true).maxResults(100).nextToken(nextToken).includeExecutionData(true));
        return new HistoryPage(page.events().stream().map(ExecutionsGateway::event).toList(), page.nextToken());
    }

    public void stop(String executionArn, String cause) {
        clients.sfn().stopExecution(b -> b.executionArn(executionArn).error("Switchboard.Stopped").cause(cause));
    }

    /** Whether a failure is Step Functions asking us to slow down. */
    public static boolean isThrottling(Throwable failure) {
        return failure instanceof SfnException sfn && sfn.awsErrorDetails() != null
                && "ThrottlingException".equals(sfn.awsErrorDetails().errorCode());
    }

    private static ExecutionSummary summary(ExecutionListItem item) {
        return new ExecutionSummary(item.executionArn(), item.name(), item.statusAsString(), item.startDate(), item.stopDate());
    }

    private static ExecutionEvent event(HistoryEvent e) {
        String state = null;
        String detail = null;
        if (e.stateEnteredEventDetails() != null) {
            state = e.stateEnteredEventDetails().name();
            detail = e.stateEnteredEventDetails().input();
        } else if (e.stateExitedEventDetails() != null) {
            state = e.stateExitedEventDetails().name();
            detail = e.stateExitedEventDetails().output();
        } else if (e.executionFailedEventDetails() != null) {
            detail = e.executionFailedEventDetails().error() + ": " + e.executionFailedEventDetails().cause();
        } else if (e.taskFailedEventDetails() != null) {
            detail = e.taskFailedEventDetails().error() + ": " + e.taskFailedEventDetails().cause();
        } else if (e.lambdaFunctionFailedEventDetails() != null) {
            detail = e.lambdaFunctionFailedEventDetails().error() + ": " + e.lambdaFunctionFailedEventDetails().cause();
        } else if (e.executionStartedEventDetails() != null) {
            detail = e.executionStartedEventDetails().input();
        } else if (e.executionSucceededEventDetails() != null) {
            detail = e.executionSucceededEventDetails().output();
        }
        return new ExecutionEvent(e.id(), e.previousEventId(), e.typeAsString(), e.timestamp(), state, detail);
    }

    public record StateMachine(String name, String arn) {
        @Override
        public String toString() {
            return name;
        }
    }

    public record ExecutionSummary(String arn, String name, String status, Instant start, Instant stop) {
    }

    public record ExecutionPage(List<ExecutionSummary> executions, String nextToken) {
    }

    public record ExecutionDetail(ExecutionSummary summary, String input, String output, String error, String cause, Redrive redrive) {
    }

    /**
     * What DescribeExecution says of redriving it: whether Step Functions would accept a RedriveExecution
     * now (only failed, aborted or timed-out STANDARD executions within 14 days), why not, and how often it was.
     *
     * @param reason {@code null} when redrivable or when Step Functions gives none
     * @param date   the last redrive, or {@code null}
     */
    public record Redrive(boolean redrivable, String reason, int count, Instant date) {
    }

    /**
     * @param state  the state's name for StateEntered/StateExited events, else {@code null}
     * @param detail input, output or error text carried by the event, or {@code null}
     */
    public record ExecutionEvent(long id, long previousId, String type, Instant timestamp, String state, String detail) {
        public boolean isFailure() {
            return type.endsWith("Failed") || type.endsWith("TimedOut") || type.endsWith("Aborted");
        }
    }

    public record HistoryPage(List<ExecutionEvent> events, String nextToken) {
    }
}
