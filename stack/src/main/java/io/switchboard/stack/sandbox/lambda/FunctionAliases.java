package io.switchboard.stack.sandbox.lambda;

import io.switchboard.stack.template.FunctionPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** ListAliases, GetAlias and ListVersionsByFunction bodies in the Lambda API's JSON shapes. */
final class FunctionAliases {
    private static final String REVISION = "00000000-0000-0000-0000-000000000001";

    private FunctionAliases() {
    }

    /** Lambda's 404 for an alias the function does not have. */
    static final class AliasNotFoundException extends RuntimeException {
        AliasNotFoundException(String aliasArn) {
            super("Cannot find alias arn: " + aliasArn);
        }
    }

    /** {@code GetAlias}: the alias configuration, or ResourceNotFoundException. */
    static Map<String, Object> getAlias(FunctionPlan plan, String alias) {
        String version = plan.aliases().get(alias);
        if (version == null) {
            throw new AliasNotFoundException(plan.arn() + ":" + alias);
        }
        return alias(plan, alias, version);
    }

    /** {@code ListAliases}: the function's aliases by name, optionally only those pointing at {@code functionVersion}. */
    static Map<String, Object> listAliases(FunctionPlan plan, String functionVersion, int from, int max) {
        List<Map<String, Object>> aliases = new ArrayList<>();
        new TreeMap<>(plan.aliases()).forEach((name, version) -> {
            if (functionVersion == null || functionVersion.equals(version)) {
                aliases.add(alias(plan, name, version));
            }
        });
        return page("Aliases", aliases, from, max);
    }

    /** {@code ListVersionsByFunction}: $LATEST, then every published version an alias points at. */
    static Map<String, Object> listVersions(FunctionPlan plan, int from, int max) {
        List<Map<String, Object>> versions = new ArrayList<>();
        versions.add(versioned(plan, SandboxFunctions.LATEST));
        TreeSet<String> published = new TreeSet<>((a, b) -> numeric(a) != numeric(b) ? Long.compare(numeric(a), numeric(b)) : a.compareTo(b));
        plan.aliases().values().stream().filter(v -> !v.equals(SandboxFunctions.LATEST)).forEach(published::add);
        published.forEach(version -> versions.add(versioned(plan, version)));
        return page("Versions", versions, from, max);
    }

    private static Map<String, Object> versioned(FunctionPlan plan, String version) {
        return FunctionConfigurations.configuration(plan, version, version);
    }

    private static Map<String, Object> alias(FunctionPlan plan, String name, String version) {
        Map<String, Object> alias = new LinkedHashMap<>();
        alias.put("AliasArn", plan.arn() + ":" + name);
        alias.put("Name", name);
        alias.put("FunctionVersion", version);
        alias.put("Description", "");
        alias.put("RevisionId", REVISION);
        return alias;
    }

    private static Map<String, Object> page(String field, List<Map<String, Object>> items, int from, int max) {
        Map<String, Object> body = new LinkedHashMap<>();
        int to = Math.min(items.size(), from + max);
        body.put(field, items.subList(Math.min(from, to), to));
        if (to < items.size()) {
            body.put("NextMarker", Integer.toString(to));
        }
        return body;
    }

    private static long numeric(String version) {
        try {
            return Long.parseLong(version);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }
}
