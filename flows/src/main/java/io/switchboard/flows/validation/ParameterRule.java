package io.switchboard.flows.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flows.FlowAction;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.References;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Parameters against each action's reference page: required ones present, each of the documented shape,
 * static where the page says static, a single JSONPath reference where it says so, numbers in range,
 * mutually exclusive ones not together. A parameter the page does not list is a warning (the pages lag
 * the console, which writes extra keys such as {@code TargetContact}).
 */
final class ParameterRule implements FlowRule {

    private final ActionCatalog catalog;

    ParameterRule(ActionCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<FlowProblem> check(FlowDocument flow) {
        List<FlowProblem> problems = new ArrayList<>();
        for (FlowAction action : flow.actions()) {
            catalog.spec(action.type()).filter(spec -> !spec.unchecked())
                    .ifPresent(spec -> check(action, spec, problems));
        }
        return problems;
    }

    /**
     * The AWS Lambda function block's other action, <em>Load Lambda result</em> (administrator guide,
     * invoke-lambda-function-block.html), names an earlier asynchronous invocation instead of a function.
     * The reference does not give its Flow Language; {@code LambdaInvocationId} is our reading (the
     * unlisted parameter still draws a WARNING), so such a block is not refused for lacking an ARN.
     */
    private static boolean isLoadLambdaResult(FlowAction action, ParameterSpec parameter) {
        return "InvokeLambdaFunction".equals(action.type()) && "LambdaFunctionARN".equals(parameter.name())
                && action.hasParameter("LambdaInvocationId");
    }

    private static void check(FlowAction action, ActionSpec spec, List<FlowProblem> problems) {
        String id = action.identifier();
        for (ParameterSpec parameter : spec.parameters().values()) {
            if (action.hasParameter(parameter.name())) {
                shapeProblem(parameter, action.parameters().get(parameter.name()))
                        .ifPresent(p -> problems.add(FlowProblem.error(id, spec.type() + " " + parameter.name() + " " + p, spec.page())));
            } else if (parameter.required() && !isLoadLambdaResult(action, parameter)) {
                problems.add(FlowProblem.error(id, spec.type() + " needs the parameter " + parameter.name(), spec.page()));
            }
        }
        for (List<String> group : spec.exactlyOneOf()) {
            List<String> present = group.stream().filter(action::hasParameter).toList();
            if (present.size() != 1) {
                problems.add(FlowProblem.error(id, spec.type() + " needs exactly one of " + String.join(", ", group)
                        + ", found " + (present.isEmpty() ? "none" : String.join(" and ", present)), spec.page()));
            }
        }
        for (List<String> group : spec.atMostOneOf()) {
            List<String> present = group.stream().filter(action::hasParameter).toList();
            if (present.size() > 1) {
                problems.add(FlowProblem.error(id, spec.type() + " takes at most one of " + String.join(", ", group)
                        + ", found " + String.join(" and ", present), spec.page()));
            }
        }
        Iterator<String> names = action.parameters().fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!spec.parameters().containsKey(name)) {
                problems.add(FlowProblem.warning(id, name + " is not a parameter of " + spec.type()
                        + " in the reference; Connect may ignore it", spec.page()));
            }
        }
    }

    /** What is wrong with a present parameter's value ("must be ..."), if anything. */
    static Optional<String> shapeProblem(ParameterSpec parameter, JsonNode value) {
        switch (parameter.kind()) {
            case "object" -> {
                if (!value.isObject()) {
                    return Optional.of("must be an object");
                }
                if (parameter.maxEntries() != null && value.size() > parameter.maxEntries()) {
                    return Optional.of("may hold at most " + parameter.maxEntries() + " entry, found " + value.size());
                }
                return Optional.empty();
            }
            case "list" -> {
                return value.isArray() ? Optional.empty() : Optional.of("must be a list");
            }
            default -> {
                if (!value.isValueNode() || value.isNull() || value.isBoolean() && !"boolean".equals(parameter.kind())) {
                    return Optional.of("must be a string");
                }
                return textProblem(parameter, value.asText());
            }
        }
    }

    private static Optional<String> textProblem(ParameterSpec parameter, String text) {
        boolean reference = References.isReference(text);
        boolean mentionsReference = text.contains("$.");
        switch (parameter.value()) {
            case "static" -> {
                if (mentionsReference) {
                    return Optional.of("must be static (no $. reference), found \"" + text + "\"");
                }
            }
            case "single" -> {
                if (mentionsReference && !reference) {
                    return Optional.of("must be static or a single JSONPath reference, found \"" + text + "\"");
                }
            }
            case "reference" -> {
                if (!reference) {
                    return Optional.of("must be a single JSONPath reference such as $.Attributes.name, found \"" + text + "\"");
                }
            }
            default -> {
                // static, dynamic or text with references inside: all allowed
            }
        }
        if (reference) {
            return Optional.empty(); // resolved when the flow runs
        }
        return switch (parameter.kind()) {
            case "integer" -> integerProblem(parameter, text);
            case "boolean" -> "true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)
                    ? Optional.empty() : Optional.of("must be \"True\" or \"False\", found \"" + text + "\"");
            case "enum" -> parameter.values().contains(text)
                    ? Optional.empty() : Optional.of("must be one of " + String.join(", ", parameter.values()) + ", found \"" + text + "\"");
            default -> parameter.pattern() != null && !text.matches(parameter.pattern())
                    ? Optional.of("must match " + parameter.pattern() + ", found \"" + text + "\"") : Optional.empty();
        };
    }

    private static Optional<String> integerProblem(ParameterSpec parameter, String text) {
        long number;
        try {
            number = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return Optional.of("must be a whole number, found \"" + text + "\"");
        }
        boolean tooSmall = parameter.min() != null && number < parameter.min();
        boolean tooLarge = parameter.max() != null && number > parameter.max();
        if (tooSmall || tooLarge) {
            String range = parameter.max() == null ? "at least " + parameter.min()
                    : parameter.min() == null ? "at most " + parameter.max() : parameter.min() + ".." + parameter.max();
            return Optional.of("must be " + range + ", found " + number);
        }
        return Optional.empty();
    }
}
