package io.switchboard.stack.template;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A CloudFormation template as a plain tree (see {@link CloudFormationYaml}), with typed access to
 * its sections. {@code folder} is where {@code file://} paths are resolved from.
 */
public record Template(Map<String, Object> root, Path folder) {

    public static Template load(Path file) {
        Path absolute = file.toAbsolutePath();
        return new Template(CloudFormationYaml.read(absolute), absolute.getParent());
    }

    public Map<String, Object> parameters() {
        return section("Parameters");
    }

    public Map<String, Object> conditions() {
        return section("Conditions");
    }

    public Map<String, Object> mappings() {
        return section("Mappings");
    }

    public Map<String, Object> outputs() {
        return section("Outputs");
    }

    /** Resources in template order, by logical id. */
    public Map<String, TemplateResource> resources() {
        Map<String, TemplateResource> resources = new LinkedHashMap<>();
        section("Resources").forEach((id, body) -> resources.put(id, TemplateResource.of(id, body)));
        return resources;
    }

    public boolean hasResource(String logicalId) {
        return section("Resources").containsKey(logicalId);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> section(String name) {
        Object section = root.get(name);
        if (section == null) {
            return Map.of();
        }
        if (!(section instanceof Map)) {
            throw new TemplateException("template section " + name + " is not a mapping");
        }
        return (Map<String, Object>) section;
    }
}
