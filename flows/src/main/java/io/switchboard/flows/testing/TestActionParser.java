package io.switchboard.flows.testing;

import io.switchboard.flows.simulator.LambdaMock;
import io.switchboard.flows.simulator.SpokenPrompt;
import io.switchboard.flows.ssml.InvalidSsmlException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one action of an observation
 * (<a href="https://docs.aws.amazon.com/connect/latest/APIReference/testing-language-actions.html">Actions</a>:
 * SendInstruction, OverrideSystemBehavior, Assert, TestControl).
 */
final class TestActionParser {

    private static final Set<String> LAMBDA_ERRORS = Set.of("TimeLimitExceeded", "NoMatchingError");
    /**
     * A mocked TimeLimitExceeded answers only after the longest time a synchronous Lambda block can wait
     * (8 s), so whatever the block's own limit, the call times out and the caller waits exactly that
     * limit in silence, as with a real timeout.
     */
    static final Duration PAST_ANY_LIMIT = Duration.ofMillis(8_001);
    private static final Set<String> QUEUE_ERRORS = Set.of("QueueAtCapacity", "NoMatchingError");

    private TestActionParser() {
    }

    static TestAction parse(JsonNode node, String observation, List<String> problems) {
        String id = node.path("Identifier").asText("");
        String type = node.path("Type").asText("");
        String at = observation + ", action " + (id.isEmpty() ? "without Identifier" : "'" + id + "'");
        if (id.isEmpty()) {
            problems.add(at + ": Identifier is missing");
        }
        JsonNode parameters = node.path("Parameters");
        return switch (type) {
            case "SendInstruction" -> instruction(id, parameters.path("Instruction"), at, problems);
            case "OverrideSystemBehavior" -> override(id, parameters.path("Behavior"), at, problems);
            case "Assert", "Assertion" -> assertion(id, parameters, at, problems);
            case "TestControl" -> control(id, parameters.path("Command"), at, problems);
            default -> {
                problems.add(at + ": Type must be SendInstruction, OverrideSystemBehavior, Assert or TestControl"
                        + (type.isEmpty() ? "" : ", not \"" + type + "\""));
                yield null;
            }
        };
    }

    private static TestAction instruction(String id, JsonNode instruction, String at, List<String> problems) {
        String type = instruction.path("Type").asText("");
        JsonNode properties = instruction.path("Properties");
        switch (type) {
            case "DtmfInput" -> {
                String digits = properties.path("Value").asText("");
                if (!digits.matches("[0-9*#]+")) {
                    problems.add(at + ": DTMF Value must be keypad keys (0-9, * and #), not \"" + digits + "\"");
                    return null;
                }
                return new TestAction.SendDtmf(id, digits);
            }
            case "TextUtterance", "TextInput" -> {
                String text = TestDocumentParser.textOrNull(properties.get("Text"));
                String ssml = TestDocumentParser.textOrNull(properties.get("SSML"));
                String value = TestDocumentParser.textOrNull(properties.get("Value"));
                if (text == null && ssml != null) {
                    try {
                        text = SpokenPrompt.fromSsml(ssml).heard();
                    } catch (InvalidSsmlException e) {
                        problems.add(at + ": the utterance's SSML is not well-formed (" + e.getMessage() + ")");
                        return null;
                    }
                }
                text = text == null ? value : text;
                if (text == null || text.isBlank()) {
                    problems.add(at + ": a TextUtterance needs Properties.Text or Properties.SSML");
                    return null;
                }
                return new TestAction.SendUtterance(id, text);
            }
            case "Disconnect" -> {
                return new TestAction.NotReproducible(id, "SendInstruction Disconnect",
                        "the simulated caller cannot hang up part-way through a flow");
            }
            default -> {
                problems.add(at + ": Instruction.Type must be DtmfInput, TextUtterance or Disconnect"
                        + (type.isEmpty() ? "" : ", not \"" + type + "\""));
                return null;
            }
        }
    }

    private static TestAction override(String id, JsonNode behavior, String at, List<String> problems) {
        JsonNode properties = behavior.path("Properties");
        String actionType = properties.path("ActionType").asText("").trim();
        JsonNode parameters = properties.path("ActionParameters");
        JsonNode strategy = properties.path("Strategy");
        String strategyType = strategy.path("Type").asText("");
        if (!strategyType.equals("MockResponse") && !strategyType.equals("SubstituteResource")) {
            problems.add(at + ": Strategy.Type must be MockResponse or SubstituteResource"
                    + (strategyType.isEmpty() ? "" : ", not \"" + strategyType + "\""));
            return null;
        }
        JsonNode response = strategy.path("Response");
        return switch (actionType) {
            case "InvokeLambdaFunction" -> lambda(id, parameters, strategy, response, at, problems);
            case "CheckHoursOfOperation" -> hours(id, parameters, strategyType, response, at, problems);
            case "TransferContactToQueue" -> queue(id, parameters, strategyType, response, at, problems);
            case "" -> {
                problems.add(at + ": Behavior.Properties.ActionType is missing (e.g. InvokeLambdaFunction)");
                yield null;
            }
            default -> new TestAction.NotReproducible(id, "OverrideSystemBehavior " + actionType,
                    "overriding " + actionType + " is not played offline");
        };
    }

    private static TestAction lambda(String id, JsonNode parameters, JsonNode strategy, JsonNode response, String at,
                                     List<String> problems) {
        String arn = parameters.path("LambdaFunctionARN").asText("");
        if (arn.isEmpty()) {
            problems.add(at + ": a Lambda override needs ActionParameters.LambdaFunctionARN");
            return null;
        }
        if (strategy.path("Type").asText().equals("SubstituteResource")) {
            String substitute = strategy.path("SubstituteArn").asText("");
            if (substitute.isEmpty()) {
                problems.add(at + ": SubstituteResource needs SubstituteArn");
                return null;
            }
            return new TestAction.LambdaOverride(id, arn, null, substitute, "is replaced by " + substitute);
        }
        Optional<Duration> delay = delay(response, at, problems);
        if (delay.isEmpty()) {
            return null;
        }
        String responseType = response.path("Type").asText("");
        if (responseType.equals("Error")) {
            String error = response.path("Error").path("Value").asText("");
            if (!LAMBDA_ERRORS.contains(error)) {
                problems.add(at + ": a mocked Lambda error's Value must be TimeLimitExceeded or NoMatchingError");
                return null;
            }
            if (error.equals("TimeLimitExceeded")) {
                Duration wait = delay.get().compareTo(PAST_ANY_LIMIT) > 0 ? delay.get() : PAST_ANY_LIMIT;
                return new TestAction.LambdaOverride(id, arn, LambdaMock.result("{}").after(wait), null, "times out (TimeLimitExceeded)");
            }
            LambdaMock mock = LambdaMock.error(error).after(delay.get());
            return new TestAction.LambdaOverride(id, arn, mock, null, "answers " + mock.describe());
        }
        if (!responseType.equals("ExecutionResult")) {
            problems.add(at + ": Response.Type must be ExecutionResult or Error");
            return null;
        }
        JsonNode result = response.path("ExecutionResult");
        JsonNode data = result.has("LoadedData") ? result.get("LoadedData") : result.get("Value");
        if (data == null || data.isNull()) {
            problems.add(at + ": a mocked Lambda result needs ExecutionResult.LoadedData (the response as serialized JSON)");
            return null;
        }
        try {
            LambdaMock mock = LambdaMock.fromJson("{\"result\": " + data + "}").after(delay.get());
            return new TestAction.LambdaOverride(id, arn, mock, null, "answers " + mock.describe());
        } catch (IllegalArgumentException bad) {
            problems.add(at + ": " + bad.getMessage());
            return null;
        }
    }

    private static Optional<Duration> delay(JsonNode response, String at, List<String> problems) {
        JsonNode seconds = response.path(response.path("Type").asText()).path("DelaySeconds");
        if (seconds.isMissingNode() || seconds.isNull()) {
            return Optional.of(Duration.ZERO);
        }
        if (!seconds.isNumber() && !seconds.asText().matches("\\d+(\\.\\d+)?") || seconds.asDouble() < 0) {
            problems.add(at + ": DelaySeconds must be a number of seconds >= 0");
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis(Math.round(seconds.asDouble() * 1000)));
    }

    private static TestAction hours(String id, JsonNode parameters, String strategyType, JsonNode response, String at,
                                    List<String> problems) {
        String hoursId = parameters.path("HoursOfOperationId").asText("");
        if (strategyType.equals("SubstituteResource")) {
            return new TestAction.NotReproducible(id, "OverrideSystemBehavior CheckHoursOfOperation",
                    "substitute hours of operation live in the instance; offline, mock InHours or OutOfHours instead");
        }
        if (response.path("Type").asText().equals("Error")) {
            return new TestAction.HoursOverride(id, hoursId, null, response.path("Error").path("Value").asText("NoMatchingError"));
        }
        String value = response.path("ExecutionResult").path("Value").asText("");
        if (!value.equals("InHours") && !value.equals("OutOfHours")) {
            problems.add(at + ": a mocked hours check answers InHours or OutOfHours, not \"" + value + "\"");
            return null;
        }
        return new TestAction.HoursOverride(id, hoursId, value.equals("InHours"), null);
    }

    private static TestAction queue(String id, JsonNode parameters, String strategyType, JsonNode response, String at,
                                    List<String> problems) {
        String queueId = parameters.path("QueueId").asText("");
        if (strategyType.equals("SubstituteResource")) {
            return new TestAction.NotReproducible(id, "OverrideSystemBehavior TransferContactToQueue",
                    "a substitute queue lives in the instance; offline the transfer goes to the flow's own queue");
        }
        String error = response.path("Error").path("Value").asText("");
        if (!QUEUE_ERRORS.contains(error)) {
            problems.add(at + ": a mocked queue transfer answers Error QueueAtCapacity or NoMatchingError");
            return null;
        }
        return new TestAction.QueueOverride(id, queueId, error);
    }

    private static TestAction assertion(String id, JsonNode parameters, String at, List<String> problems) {
        String namespace = parameters.path("Namespace").asText("");
        String operatorName = parameters.path("Operator").asText("");
        Optional<AssertOperator> operator = AssertOperator.named(operatorName);
        if (!namespace.startsWith("$.")) {
            problems.add(at + ": Namespace must be a path like $.Attributes.name, not \"" + namespace + "\"");
        }
        if (operator.isEmpty()) {
            problems.add(at + ": Operator must be one of " + List.of(AssertOperator.values())
                    + (operatorName.isEmpty() ? "" : ", not \"" + operatorName + "\""));
            return null;
        }
        JsonNode operand = parameters.get("Operand");
        if (operator.get().needsOperand() && (operand == null || operand.isNull())) {
            problems.add(at + ": " + operatorName + " needs an Operand");
            return null;
        }
        return new TestAction.Assertion(id, namespace, operator.get(), operand == null ? null : operand.asText());
    }

    private static TestAction control(String id, JsonNode command, String at, List<String> problems) {
        String type = command.path("Type").asText("");
        if (type.equals("EndTest")) {
            return new TestAction.EndTest(id);
        }
        if (type.equals("LogData")) {
            Map<String, String> expressions = new LinkedHashMap<>();
            command.path("Properties").path("Expressions").fields()
                    .forEachRemaining(e -> expressions.put(e.getKey(), e.getValue().asText()));
            return new TestAction.LogData(id, expressions);
        }
        problems.add(at + ": Command.Type must be EndTest or LogData" + (type.isEmpty() ? "" : ", not \"" + type + "\""));
        return null;
    }
}
