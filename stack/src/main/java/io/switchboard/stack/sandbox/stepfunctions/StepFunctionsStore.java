package io.switchboard.stack.sandbox.stepfunctions;

import io.switchboard.stack.sandbox.asl.Execution;
import io.switchboard.stack.sandbox.asl.ExecutionStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sandbox's state machines and executions; callers synchronise on it. */
final class StepFunctionsStore {
    private final Map<String, StateMachineEntry> machines = new LinkedHashMap<>();
    private final Map<String, Execution> executions = new HashMap<>();
    private final Map<String, List<Execution>> executionsByMachine = new HashMap<>();

    StateMachineEntry machine(String arn) {
        Arns.requireStateMachineArn(arn);
        StateMachineEntry entry = machines.get(arn);
        if (entry == null) {
            throw new SfnException("StateMachineDoesNotExist", "State Machine Does Not Exist: '" + arn + "'");
        }
        return entry;
    }

    StateMachineEntry findMachine(String arn) {
        return machines.get(arn);
    }

    List<StateMachineEntry> machines() {
        return new ArrayList<>(machines.values());
    }

    void add(StateMachineEntry entry) {
        machines.put(entry.arn(), entry);
        executionsByMachine.put(entry.arn(), new ArrayList<>());
    }

    /** Removes a machine with its executions; running ones are stopped so their threads end. */
    void remove(String arn) {
        machines.remove(arn);
        for (Execution execution : executionsByMachine.getOrDefault(arn, List.of())) {
            if (execution.status() == ExecutionStatus.RUNNING) {
                execution.stop("States.Aborted", "The state machine was deleted");
            }
            executions.remove(execution.identity().executionArn());
        }
        executionsByMachine.remove(arn);
    }

    Execution execution(String arn) {
        Arns.requireExecutionArn(arn);
        Execution execution = executions.get(arn);
        if (execution == null) {
            throw new SfnException("ExecutionDoesNotExist", "Execution Does Not Exist: '" + arn + "'");
        }
        return execution;
    }

    Execution findExecution(String arn) {
        return executions.get(arn);
    }

    /** Oldest first, in the order they were started. */
    List<Execution> executionsOf(String machineArn) {
        return List.copyOf(executionsByMachine.getOrDefault(machineArn, List.of()));
    }

    void add(Execution execution) {
        executions.put(execution.identity().executionArn(), execution);
        executionsByMachine.get(execution.identity().stateMachineArn()).add(execution);
    }
}
