package io.switchboard.stack.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a packaged template into a {@link SandboxPlan}, resolving only the properties the sandbox uses. */
final class SandboxPlanner {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IntrinsicResolver resolver;

    SandboxPlanner(IntrinsicResolver resolver) {
        this.resolver = resolver;
    }

    SandboxPlan plan() {
        List<TablePlan> tables = new ArrayList<>();
        List<FunctionPlan> functions = new ArrayList<>();
        List<StateMachinePlan> stateMachines = new ArrayList<>();
        List<ExecutionStatusRulePlan> rules = new ArrayList<>();
        List<NotEmulatedResource> notEmulated = new ArrayList<>();
        Map<String, Map<String, String>> aliases = aliasesByFunction();
        for (TemplateResource resource : resolver.template().resources().values()) {
            if (!resolver.isIncluded(resource)) {
                notEmulated.add(new NotEmulatedResource(resource.logicalId(), resource.type(),
                        "condition " + resource.condition() + " is false"));
                continue;
            }
            switch (resource.type()) {
                case "AWS::DynamoDB::Table" -> tables.add(table(resource));
                case "AWS::Lambda::Function" -> functions.add(function(resource, aliases));
                case "AWS::StepFunctions::StateMachine" -> stateMachines.add(stateMachine(resource));
                case "AWS::Events::Rule" -> executionStatusRule(resource).ifPresentOrElse(rules::add,
                        () -> notEmulated.add(new NotEmulatedResource(resource.logicalId(), resource.type(),
                                "only rules on Step Functions execution status changes with Lambda targets are emulated")));
                case "AWS::Lambda::Alias" -> {
                    // folded into its function's aliases
                }
                case "AWS::Lambda::Version" -> notEmulated.add(new NotEmulatedResource(resource.logicalId(),
                        resource.type(), "versions are not published: aliases run the function's one code as version "
                        + PhysicalIds.PUBLISHED_VERSION));
                default -> notEmulated.add(new NotEmulatedResource(resource.logicalId(), resource.type(),
                        "not emulated by the sandbox"));
            }
        }
        return new SandboxPlan(resolver.pseudo(), resolver.parameters(), List.copyOf(tables), List.copyOf(functions),
                List.copyOf(stateMachines), List.copyOf(rules), List.copyOf(notEmulated));
    }

    private TablePlan table(TemplateResource table) {
        String id = table.logicalId();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Map<?, ?> definition : maps(table, "AttributeDefinitions")) {
            attributes.put(text(definition.get("AttributeName")), text(definition.get("AttributeType")));
        }
        List<TablePlan.GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (Map<?, ?> index : maps(table, "GlobalSecondaryIndexes")) {
            Map<?, ?> projection = index.get("Projection") instanceof Map<?, ?> map ? map : Map.of();
            List<String> nonKey = new ArrayList<>();
            if (projection.get("NonKeyAttributes") instanceof List<?> names) {
                names.forEach(name -> nonKey.add(text(name)));
            }
            indexes.add(new TablePlan.GlobalSecondaryIndex(text(index.get("IndexName")), keySchema(index.get("KeySchema")),
                    projection.containsKey("ProjectionType") ? text(projection.get("ProjectionType")) : "KEYS_ONLY",
                    List.copyOf(nonKey)));
        }
        String ttl = null;
        if (resolver.resolve(table.property("TimeToLiveSpecification"), id + ".TimeToLiveSpecification")
                instanceof Map<?, ?> spec && Boolean.parseBoolean(text(spec.get("Enabled")))) {
            ttl = text(spec.get("AttributeName"));
        }
        return new TablePlan(id, ref(id), getAtt(id, "Arn"),
                keySchema(resolver.resolve(table.property("KeySchema"), id + ".KeySchema")),
                attributes, List.copyOf(indexes), ttl);
    }

    private FunctionPlan function(TemplateResource function, Map<String, Map<String, String>> aliases) {
        String id = function.logicalId();
        String handler = resolver.resolveString(required(function, "Handler"), id + ".Handler");
        int separator = handler.indexOf("::");
        String handlerClass = separator < 0 ? handler : handler.substring(0, separator);
        String handlerMethod = separator < 0 ? "handleRequest" : handler.substring(separator + 2);
        Map<String, String> environment = new LinkedHashMap<>();
        if (resolver.resolve(function.property("Environment"), id + ".Environment") instanceof Map<?, ?> env
                && env.get("Variables") instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> environment.put(name.toString(), text(value)));
        }
        String name = ref(id);
        return new FunctionPlan(id, name, getAtt(id, "Arn"), handlerClass, handlerMethod, Map.copyOf(environment),
                number(function, "Timeout", 3), number(function, "MemorySize", 128),
                optionalText(function, "Runtime"), optionalText(function, "Description"), optionalText(function, "Role"),
                Map.copyOf(aliases.getOrDefault(name, Map.of())));
    }

    private StateMachinePlan stateMachine(TemplateResource machine) {
        String id = machine.logicalId();
        String definition;
        if (machine.property("DefinitionString") != null) {
            definition = resolver.resolveString(machine.property("DefinitionString"), id + ".DefinitionString");
            if (definition.startsWith(TemplatePackager.FILE_PREFIX)) {
                throw new TemplateException(id + ".DefinitionString: " + definition + " was not inlined (file missing?)");
            }
        } else if (machine.property("Definition") != null) {
            try {
                definition = JSON.writeValueAsString(resolver.resolve(machine.property("Definition"), id + ".Definition"));
            } catch (JsonProcessingException e) {
                throw new TemplateException(id + ".Definition cannot be written as JSON", e);
            }
        } else {
            throw new TemplateException(id + ": the sandbox needs DefinitionString or Definition (not DefinitionS3Location)");
        }
        if (resolver.resolve(machine.property("DefinitionSubstitutions"), id + ".DefinitionSubstitutions")
                instanceof Map<?, ?> substitutions) {
            for (Map.Entry<?, ?> substitution : substitutions.entrySet()) {
                definition = definition.replace("${" + substitution.getKey() + "}", text(substitution.getValue()));
            }
        }
        Object type = machine.property("StateMachineType");
        return new StateMachinePlan(id, getAtt(id, "Name"), ref(id), definition,
                type == null ? "STANDARD" : resolver.resolveString(type, id + ".StateMachineType"),
                machine.property("RoleArn") == null ? null : resolver.resolveString(machine.property("RoleArn"), id + ".RoleArn"));
    }

    /** A rule whose pattern is {@code source: aws.states}, Step Functions execution status changes, with Lambda targets. */
    private java.util.Optional<ExecutionStatusRulePlan> executionStatusRule(TemplateResource rule) {
        String id = rule.logicalId();
        if (!(resolver.resolve(rule.property("EventPattern"), id + ".EventPattern") instanceof Map<?, ?> pattern)
                || !strings(pattern.get("source")).equals(List.of(ExecutionStatusRulePlan.SOURCE))
                || !strings(pattern.get("detail-type")).equals(List.of(ExecutionStatusRulePlan.DETAIL_TYPE))) {
            return java.util.Optional.empty();
        }
        Map<?, ?> detail = pattern.get("detail") instanceof Map<?, ?> map ? map : Map.of();
        List<String> targets = new ArrayList<>();
        for (Map<?, ?> target : maps(rule, "Targets")) {
            String arn = text(target.get("Arn"));
            if (!arn.contains(":lambda:")) {
                return java.util.Optional.empty();
            }
            targets.add(arn);
        }
        return java.util.Optional.of(new ExecutionStatusRulePlan(id, strings(detail.get("stateMachineArn")),
                strings(detail.get("status")), targets));
    }

    private static List<String> strings(Object value) {
        List<String> strings = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> strings.add(text(item)));
        } else if (value != null) {
            strings.add(text(value));
        }
        return strings;
    }

    /** Function name → (alias name → version), from the aliases the conditions keep. */
    private Map<String, Map<String, String>> aliasesByFunction() {
        Map<String, Map<String, String>> aliases = new LinkedHashMap<>();
        for (TemplateResource alias : resolver.template().resources().values()) {
            if (alias.type().equals("AWS::Lambda::Alias") && resolver.isIncluded(alias)) {
                String id = alias.logicalId();
                String function = FunctionNames.unqualified(resolver.resolveString(required(alias, "FunctionName"), id + ".FunctionName"));
                String functionName = function.startsWith("arn:") ? function.substring(function.lastIndexOf(':') + 1) : function;
                aliases.computeIfAbsent(functionName, key -> new LinkedHashMap<>())
                        .put(resolver.resolveString(required(alias, "Name"), id + ".Name"),
                                resolver.resolveString(required(alias, "FunctionVersion"), id + ".FunctionVersion"));
            }
        }
        return aliases;
    }

    private String ref(String logicalId) {
        return resolver.resolveString(Map.of("Ref", logicalId), logicalId);
    }

    private String getAtt(String logicalId, String attribute) {
        return resolver.resolveString(Map.of("Fn::GetAtt", List.of(logicalId, attribute)), logicalId);
    }

    private List<Map<?, ?>> maps(TemplateResource resource, String property) {
        Object value = resolver.resolve(resource.property(property), resource.logicalId() + "." + property);
        List<Map<?, ?>> maps = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    maps.add(map);
                }
            }
        }
        return maps;
    }

    private static Map<String, String> keySchema(Object schema) {
        Map<String, String> keys = new LinkedHashMap<>();
        if (schema instanceof List<?> elements) {
            for (Object element : elements) {
                if (element instanceof Map<?, ?> key) {
                    keys.put(text(key.get("AttributeName")), text(key.get("KeyType")));
                }
            }
        }
        return keys;
    }

    private Object required(TemplateResource resource, String property) {
        Object value = resource.property(property);
        if (value == null) {
            throw new TemplateException(resource.logicalId() + "." + property + " is required by the sandbox");
        }
        return value;
    }

    private int number(TemplateResource resource, String property, int fallback) {
        Object value = resource.property(property);
        return value == null ? fallback
                : Integer.parseInt(resolver.resolveString(value, resource.logicalId() + "." + property));
    }

    private String optionalText(TemplateResource resource, String property) {
        Object value = resource.property(property);
        return value == null ? "" : resolver.resolveString(value, resource.logicalId() + "." + property);
    }

    private static String text(Object value) {
        return IntrinsicResolver.scalar(value);
    }
}
