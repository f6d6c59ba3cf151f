package io.switchboard.stack.sandbox.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One parsed state. {@code next} is {@code null} for a state that ends the execution. */
public sealed interface State {

    String name();

    /** The Type as written in ASL, which also prefixes its history events (TaskStateEntered...). */
    String type();

    DataFlow dataFlow();

    record Pass(String name, DataFlow dataFlow, JsonNode result, String next) implements State {
        @Override
        public String type() {
            return "Pass";
        }
    }

    record Task(String name, DataFlow dataFlow, String resource, Integer timeoutSeconds,
                List<Retrier> retry, List<Catcher> catchers, String next) implements State {
        public Task {
            retry = List.copyOf(retry);
            catchers = List.copyOf(catchers);
        }

        @Override
        public String type() {
            return "Task";
        }
    }

    record Choice(String name, DataFlow dataFlow, List<Branch> choices, String defaultNext) implements State {
        public Choice {
            choices = List.copyOf(choices);
        }

        @Override
        public String type() {
            return "Choice";
        }

        public record Branch(ChoiceRule rule, String next) {
        }
    }

    /**
     * Map (inline): runs {@code processor} once per item of {@code itemsPath}, one item after another
     * (MaxConcurrency is accepted; iterations never overlap), each item's input shaped by
     * {@code itemSelector} (ItemSelector, or the legacy Parameters) when present.
     */
    record Map(String name, DataFlow dataFlow, JsonPath itemsPath, PayloadTemplate itemSelector,
               StateMachineDefinition processor, List<Retrier> retry, List<Catcher> catchers, String next) implements State {
        public Map {
            retry = List.copyOf(retry);
            catchers = List.copyOf(catchers);
        }

        @Override
        public String type() {
            return "Map";
        }
    }

    /** Exactly one of the four ways of saying how long to wait is set. */
    record Wait(String name, DataFlow dataFlow, Long seconds, JsonPath secondsPath, String timestamp,
                JsonPath timestampPath, String next) implements State {
        @Override
        public String type() {
            return "Wait";
        }
    }

    record Succeed(String name, DataFlow dataFlow) implements State {
        @Override
        public String type() {
            return "Succeed";
        }
    }

    /** Error and Cause are fixed text; ErrorPath and CausePath (a path or intrinsic) are read from the input. */
    record Fail(String name, String error, String cause, IntrinsicExpression errorPath, IntrinsicExpression causePath)
            implements State {
        @Override
        public String type() {
            return "Fail";
        }

        @Override
        public DataFlow dataFlow() {
            return DataFlow.DEFAULT;
        }
    }

    record Retrier(List<String> errorEquals, int intervalSeconds, int maxAttempts, double backoffRate,
                   Integer maxDelaySeconds) {
        public Retrier {
            errorEquals = List.copyOf(errorEquals);
        }

        public boolean handles(StatesError error) {
            return ErrorMatcher.matches(errorEquals, error);
        }

        /** The delay before retry number {@code attempt} (1-based). */
        public long delayMillis(int attempt) {
            double seconds = intervalSeconds * Math.pow(backoffRate, attempt - 1);
            if (maxDelaySeconds != null) {
                seconds = Math.min(seconds, maxDelaySeconds);
            }
            return Math.round(seconds * 1000);
        }
    }

    /** {@code resultPath} null means the error output is discarded (ResultPath: null). */
    record Catcher(List<String> errorEquals, JsonPath resultPath, String next) {
        public Catcher {
            errorEquals = List.copyOf(errorEquals);
        }

        public boolean handles(StatesError error) {
            return ErrorMatcher.matches(errorEquals, error);
        }
    }
}
