package io.switchboard.stack.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates a template's conditions and intrinsic functions for given parameter values, the way
 * CloudFormation would for the resources the sandbox emulates. Every error names where it happened.
 */
public final class IntrinsicResolver {
    private static final Object NO_VALUE = new Object();
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    private final Template template;
    private final Map<String, TemplateResource> resources;
    private final Map<String, String> parameters;
    private final PseudoParameters pseudo;
    private final PhysicalIds physicalIds;
    private final Map<String, Boolean> conditions = new HashMap<>();

    /**
     * @param parameterOverrides values that replace the template's defaults; every parameter must
     *                           end up with a value
     */
    public IntrinsicResolver(Template template, Map<String, String> parameterOverrides, PseudoParameters pseudo) {
        this.template = template;
        this.resources = template.resources();
        this.pseudo = pseudo;
        this.parameters = parameterValues(template, parameterOverrides);
        this.physicalIds = new PhysicalIds(this, pseudo);
    }

    private static Map<String, String> parameterValues(Template template, Map<String, String> overrides) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String unknown : overrides.keySet()) {
            if (!template.parameters().containsKey(unknown)) {
                throw new TemplateException("parameter " + unknown + " is not declared in the template");
            }
        }
        template.parameters().forEach((name, declaration) -> {
            Object fallback = declaration instanceof Map<?, ?> map ? map.get("Default") : null;
            String value = overrides.containsKey(name) ? overrides.get(name) : fallback == null ? null : scalar(fallback);
            if (value == null) {
                throw new TemplateException("parameter " + name + " has no Default and no value was given");
            }
            if (declaration instanceof Map<?, ?> map) {
                checkAllowed(name, value, map);
            }
            values.put(name, value);
        });
        return values;
    }

    private static void checkAllowed(String name, String value, Map<?, ?> declaration) {
        if (declaration.get("AllowedValues") instanceof List<?> allowed
                && allowed.stream().map(IntrinsicResolver::scalar).noneMatch(value::equals)) {
            throw new TemplateException("parameter " + name + " is '" + value + "'; allowed values are " + allowed);
        }
        if (declaration.get("AllowedPattern") instanceof String pattern && !value.matches(pattern)) {
            Object explanation = declaration.get("ConstraintDescription");
            throw new TemplateException("parameter " + name + " is '" + value + "', which does not match " + pattern
                    + (explanation == null ? "" : " (" + explanation + ")"));
        }
    }

    /** Parameter values after defaults and overrides. */
    public Map<String, String> parameters() {
        return Map.copyOf(parameters);
    }

    public PseudoParameters pseudo() {
        return pseudo;
    }

    public Template template() {
        return template;
    }

    /** Whether the resource exists in the stack (no Condition, or a true one). */
    public boolean isIncluded(TemplateResource resource) {
        return resource.conditionName().map(this::condition).orElse(true);
    }

    public boolean condition(String name) {
        Boolean known = conditions.get(name);
        if (known != null) {
            return known;
        }
        Object expression = template.conditions().get(name);
        if (expression == null) {
            throw new TemplateException("condition " + name + " is not declared in Conditions");
        }
        boolean value = evaluateCondition(expression, "condition " + name);
        conditions.put(name, value);
        return value;
    }

    /** Resolves every intrinsic inside {@code value}; {@code where} names the place for error messages. */
    public Object resolve(Object value, String where) {
        Object resolved = resolveValue(value, where);
        return resolved == NO_VALUE ? null : resolved;
    }

    /** Resolves {@code value} and requires a scalar (numbers and booleans become their text). */
    public String resolveString(Object value, String where) {
        Object resolved = resolve(value, where);
        if (resolved instanceof Map || resolved instanceof List || resolved == null) {
            throw new TemplateException(where + ": expected a string, got " + resolved);
        }
        return scalar(resolved);
    }

    private Object resolveValue(Object value, String where) {
        if (value instanceof List<?> list) {
            List<Object> resolved = new ArrayList<>();
            for (Object item : list) {
                Object one = resolveValue(item, where);
                if (one != NO_VALUE) {
                    resolved.add(one);
                }
            }
            return resolved;
        }
        if (!(value instanceof Map<?, ?> map)) {
            return value;
        }
        if (map.size() == 1) {
            String key = map.keySet().iterator().next().toString();
            Object argument = map.values().iterator().next();
            if (key.equals("Ref")) {
                return ref(scalar(argument), where);
            }
            if (key.startsWith("Fn::")) {
                return function(key, argument, where);
            }
        }
        Map<String, Object> resolved = new LinkedHashMap<>();
        map.forEach((key, item) -> {
            Object one = resolveValue(item, where + "." + key);
            if (one != NO_VALUE) {
                resolved.put(key.toString(), one);
            }
        });
        return resolved;
    }

    private Object ref(String name, String where) {
        if (name.equals("AWS::NoValue")) {
            return NO_VALUE;
        }
        if (name.equals("AWS::NotificationARNs")) {
            return List.of();
        }
        String pseudoValue = pseudo.byName().get(name);
        if (pseudoValue != null) {
            return pseudoValue;
        }
        if (parameters.containsKey(name)) {
            return parameters.get(name);
        }
        return physicalIds.ref(includedResource(name, "Ref " + name, where), where);
    }

    private String getAtt(String resource, String attribute, String where) {
        return physicalIds.attribute(includedResource(resource, "Fn::GetAtt " + resource + "." + attribute, where),
                attribute, where);
    }

    private TemplateResource includedResource(String logicalId, String what, String where) {
        TemplateResource resource = resources.get(logicalId);
        if (resource == null) {
            throw new TemplateException(where + ": " + what + " names no parameter, pseudo parameter or resource");
        }
        if (!isIncluded(resource)) {
            throw new TemplateException(where + ": " + what + " names resource " + logicalId
                    + ", which condition " + resource.condition() + " leaves out");
        }
        return resource;
    }

    private Object function(String name, Object argument, String where) {
        String at = where + ": " + name;
        return switch (name) {
            case "Fn::Sub" -> sub(argument, at);
            case "Fn::GetAtt" -> {
                List<?> parts = list(argument, 2, at);
                yield getAtt(resolveString(parts.get(0), at), resolveString(parts.get(1), at), where);
            }
            case "Fn::If" -> {
                List<?> parts = list(argument, 3, at);
                yield resolveValue(condition(scalar(parts.get(0))) ? parts.get(1) : parts.get(2), where);
            }
            case "Fn::Join" -> {
                List<?> parts = list(argument, 2, at);
                List<String> items = new ArrayList<>();
                for (Object item : asList(resolve(parts.get(1), at), at)) {
                    items.add(scalar(item));
                }
                yield String.join(resolveString(parts.get(0), at), items);
            }
            case "Fn::Select" -> {
                List<?> parts = list(argument, 2, at);
                List<?> items = asList(resolve(parts.get(1), at), at);
                int index = Integer.parseInt(resolveString(parts.get(0), at));
                if (index < 0 || index >= items.size()) {
                    throw new TemplateException(at + ": index " + index + " is outside a list of " + items.size());
                }
                yield items.get(index);
            }
            case "Fn::Split" -> {
                List<?> parts = list(argument, 2, at);
                yield List.of(resolveString(parts.get(1), at).split(Pattern.quote(resolveString(parts.get(0), at)), -1));
            }
            case "Fn::FindInMap" -> findInMap(list(argument, 3, at), at);
            case "Fn::Base64" -> Base64.getEncoder().encodeToString(resolveString(argument, at).getBytes(StandardCharsets.UTF_8));
            case "Fn::GetAZs" -> List.of(pseudo.region() + "a", pseudo.region() + "b", pseudo.region() + "c");
            case "Fn::Equals", "Fn::Not", "Fn::And", "Fn::Or" -> evaluateCondition(Map.of(name, argument), where);
            case "Fn::ImportValue" -> throw new TemplateException(at + ": the sandbox runs one stack and has no exports");
            default -> throw new TemplateException(at + " is not supported by the sandbox");
        };
    }

    private String sub(Object argument, String at) {
        String text;
        Map<String, String> variables = new HashMap<>();
        if (argument instanceof List<?> parts) {
            list(parts, 2, at);
            text = scalar(parts.get(0));
            if (!(parts.get(1) instanceof Map<?, ?> map)) {
                throw new TemplateException(at + ": the second item must be a map of variables");
            }
            map.forEach((key, value) -> variables.put(key.toString(), resolveString(value, at + " variable " + key)));
        } else {
            text = scalar(argument);
        }
        Matcher matcher = SUB_VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String variable = matcher.group(1);
            String replacement;
            if (variable.startsWith("!")) {
                replacement = "${" + variable.substring(1) + "}";
            } else if (variables.containsKey(variable)) {
                replacement = variables.get(variable);
            } else if (variable.contains(".") && !PseudoParameters.isPseudo(variable)) {
                int dot = variable.indexOf('.');
                replacement = getAtt(variable.substring(0, dot), variable.substring(dot + 1), at);
            } else {
                replacement = scalar(ref(variable, at));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private Object findInMap(List<?> parts, String at) {
        String mapName = resolveString(parts.get(0), at);
        String top = resolveString(parts.get(1), at);
        String second = resolveString(parts.get(2), at);
        if (template.mappings().get(mapName) instanceof Map<?, ?> mapping
                && mapping.get(top) instanceof Map<?, ?> entries && entries.containsKey(second)) {
            return entries.get(second);
        }
        throw new TemplateException(at + ": Mappings has no " + mapName + "/" + top + "/" + second);
    }

    private boolean evaluateCondition(Object expression, String where) {
        if (expression instanceof Boolean bool) {
            return bool;
        }
        if (!(expression instanceof Map<?, ?> map) || map.size() != 1) {
            throw new TemplateException(where + ": not a condition expression: " + expression);
        }
        String key = map.keySet().iterator().next().toString();
        Object argument = map.values().iterator().next();
        String at = where + ": " + key;
        return switch (key) {
            case "Condition" -> condition(scalar(argument));
            case "Fn::Equals" -> {
                List<?> parts = list(argument, 2, at);
                yield resolveString(parts.get(0), at).equals(resolveString(parts.get(1), at));
            }
            case "Fn::Not" -> !evaluateCondition(list(argument, 1, at).get(0), at);
            case "Fn::And" -> asList(argument, at).stream().allMatch(part -> evaluateCondition(part, at));
            case "Fn::Or" -> asList(argument, at).stream().anyMatch(part -> evaluateCondition(part, at));
            default -> throw new TemplateException(at + " cannot be used in a condition");
        };
    }

    private static List<?> list(Object argument, int size, String at) {
        List<?> list = asList(argument, at);
        if (list.size() != size) {
            throw new TemplateException(at + " takes " + size + " arguments, got " + list.size());
        }
        return list;
    }

    private static List<?> asList(Object value, String at) {
        if (!(value instanceof List<?> list)) {
            throw new TemplateException(at + ": expected a list, got " + value);
        }
        return list;
    }

    static String scalar(Object value) {
        if (value instanceof Double number && number == Math.rint(number)) {
            return Long.toString(number.longValue());
        }
        return String.valueOf(value);
    }
}
