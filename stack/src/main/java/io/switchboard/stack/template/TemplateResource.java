package io.switchboard.stack.template;

import java.util.Map;
import java.util.Optional;

/** One entry of the template's Resources section; {@code condition} is null when the resource has none. */
public record TemplateResource(String logicalId, String type, String condition, Map<String, Object> properties) {

    @SuppressWarnings("unchecked")
    static TemplateResource of(String logicalId, Object body) {
        if (!(body instanceof Map<?, ?> map) || !(map.get("Type") instanceof String type)) {
            throw new TemplateException("resource " + logicalId + " has no Type");
        }
        Object properties = map.get("Properties");
        Object condition = map.get("Condition");
        return new TemplateResource(logicalId, type, condition == null ? null : condition.toString(),
                properties instanceof Map ? (Map<String, Object>) properties : Map.of());
    }

    public Optional<String> conditionName() {
        return Optional.ofNullable(condition);
    }

    public Object property(String name) {
        return properties.get(name);
    }
}
