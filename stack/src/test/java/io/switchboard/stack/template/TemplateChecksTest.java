package io.switchboard.stack.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Issue #4: the template's internal references, handlers, environments and IAM are consistent. */
class TemplateChecksTest {
    private static final Template TEMPLATE = Template.load(Path.of("template.yaml"));
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}!][^}]*)}");

    /** The environment variables each handler's configuration reads (besides Lambda's own AWS_* variables). */
    private static final Map<String, Set<String>> ENVIRONMENT_READ_BY_HANDLER = Map.of(
            "io.switchboard.lambdas.vanity.VanityHandler", Set.of("CALLS_TABLE", "CALL_RETENTION_DAYS", "TRANSFER_QUEUE_ARN", "VANITY_EXTRA_WORDS"),
            "io.switchboard.lambdas.async.AsyncWrapperHandler", Set.of("STATE_MACHINE_ARN", "RESULTS_TABLE", "RESULT_RETENTION_HOURS"),
            "io.switchboard.lambdas.demo.SlowLookupHandler", Set.of("DELAY_MS"),
            "io.switchboard.lambdas.async.ExecutionEndedHandler", Set.of("RESULTS_TABLE", "RESULT_RETENTION_HOURS"));

    /** Actions that support no resource-level permissions, so they may (must) use Resource "*". */
    private static final Set<String> ACTIONS_WITHOUT_RESOURCE_LEVEL_PERMISSIONS = Set.of(
            "logs:CreateLogDelivery", "logs:GetLogDelivery", "logs:UpdateLogDelivery", "logs:DeleteLogDelivery",
            "logs:ListLogDeliveries", "logs:PutResourcePolicy", "logs:DescribeResourcePolicies", "logs:DescribeLogGroups");

    @Test
    void everyRefGetAttAndSubVariable_namesAParameterPseudoParameterOrResource() {
        List<String> dangling = new ArrayList<>();
        collectReferences(TEMPLATE.root(), "", Set.of(), dangling);

        assertThat(dangling).as("references to nothing").isEmpty();
    }

    @Test
    void everyStateMachinePlaceholder_hasADefinitionSubstitution() throws Exception {
        for (TemplateResource machine : TEMPLATE.resources().values()) {
            if (machine.type().equals("AWS::StepFunctions::StateMachine")
                    && machine.property("DefinitionString") instanceof String file && file.startsWith("file://")) {
                String definition = Files.readString(TEMPLATE.folder().resolve(file.substring("file://".length())));
                Set<String> placeholders = new TreeSet<>();
                Matcher matcher = SUB_VARIABLE.matcher(definition);
                while (matcher.find()) {
                    placeholders.add(matcher.group(1));
                }
                Map<?, ?> substitutions = (Map<?, ?>) machine.property("DefinitionSubstitutions");
                assertThat(substitutions.keySet()).as(machine.logicalId() + " DefinitionSubstitutions").isEqualTo(placeholders);
            }
        }
    }

    @TestFactory
    List<DynamicTest> everyFunctionHandler_isAClassWithAPublicHandleRequest() {
        return functions().stream().map(function -> dynamicTest(function.logicalId(), () -> {
            String handler = (String) function.property("Handler");
            String className = handler.substring(0, handler.indexOf("::"));
            String methodName = handler.substring(handler.indexOf("::") + 2);
            Class<?> type;
            try {
                type = Class.forName(className, false, getClass().getClassLoader());
            } catch (ClassNotFoundException missing) {
                fail(function.logicalId() + ": handler class " + className + " does not exist");
                return;
            }
            List<Method> methods = Arrays.stream(type.getMethods()).filter(method -> method.getName().equals(methodName)).toList();
            assertThat(methods).as(className + " public " + methodName).isNotEmpty();
            assertThat(type.getConstructor(Map.class)).as("docs/decisions/0004: public (Map<String,String>) constructor").isNotNull();
        })).toList();
    }

    @TestFactory
    List<DynamicTest> everyFunctionEnvironment_matchesWhatItsHandlerReads() {
        return functions().stream().map(function -> dynamicTest(function.logicalId(), () -> {
            String handler = (String) function.property("Handler");
            String className = handler.substring(0, handler.indexOf("::"));
            Map<?, ?> environment = function.property("Environment") instanceof Map<?, ?> env
                    && env.get("Variables") instanceof Map<?, ?> variables ? variables : Map.of();
            assertThat(ENVIRONMENT_READ_BY_HANDLER).as("the test's table knows " + className).containsKey(className);
            assertThat(new TreeSet<>(environment.keySet().stream().map(Object::toString).toList()))
                    .as(function.logicalId() + " Environment.Variables vs what " + className + " reads")
                    .isEqualTo(new TreeSet<>(ENVIRONMENT_READ_BY_HANDLER.get(className)));
        })).toList();
    }

    /**
     * The flows call each function's {@code live} alias, which points at an immutable published version. A
     * parameter that changes the function's code or configuration (an environment variable, the artifact key)
     * must also change its version's Description, so CloudFormation replaces the version and Lambda publishes
     * the change; otherwise callers keep the old settings while $LATEST has the new ones. The bucket is the
     * exception: moving the same jar changes nothing Lambda would publish.
     */
    @TestFactory
    List<DynamicTest> everyParameterAFunctionUses_changesItsPublishedVersion() {
        List<TemplateResource> versions = TEMPLATE.resources().values().stream()
                .filter(r -> r.type().equals("AWS::Lambda::Version")).toList();
        assertThat(versions).as("published versions").hasSize(functions().size());
        return versions.stream().map(version -> dynamicTest(version.logicalId(), () -> {
            String function = ((Map<?, ?>) version.property("FunctionName")).get("Ref").toString();
            Set<String> used = new TreeSet<>(parametersNamedIn(TEMPLATE.resources().get(function).properties()));
            used.remove("ArtifactBucket");
            assertThat(used).as(function + " uses parameters").isNotEmpty();
            assertThat(parametersNamedIn(version.property("Description")))
                    .as(version.logicalId() + " Description must name every parameter " + function + " uses")
                    .containsAll(used);
        })).toList();
    }

    @Test
    void versionCheck_wouldCatchASettingMissingFromTheDescription() {
        Object description = CloudFormationYaml.read("Description: !Sub \"artifact ${ArtifactKey}\"").get("Description");
        Object environment = CloudFormationYaml.read("Variables: {CALL_RETENTION_DAYS: !Ref CallRetentionDays}");

        assertThat(parametersNamedIn(description)).doesNotContainAnyElementsOf(parametersNamedIn(environment));
    }

    @Test
    void iamStatements_useResourceStarOnlyForActionsWithoutResourceLevelPermissions() {
        List<String> violations = new ArrayList<>();
        for (TemplateResource resource : TEMPLATE.resources().values()) {
            if (!resource.type().startsWith("AWS::IAM::")) {
                continue;
            }
            for (Map<?, ?> statement : statements(resource)) {
                if (mentionsStar(statement.get("Resource"))) {
                    List<String> actions = asStrings(statement.get("Action"));
                    if (!"Allow".equals(statement.get("Effect")) || actions.isEmpty()
                            || !ACTIONS_WITHOUT_RESOURCE_LEVEL_PERMISSIONS.containsAll(actions)) {
                        violations.add(resource.logicalId() + ": Resource \"*\" for " + actions);
                    }
                }
                if (asStrings(statement.get("Action")).stream().anyMatch(action -> action.contains("*"))) {
                    violations.add(resource.logicalId() + ": wildcard action in " + statement.get("Action"));
                }
            }
        }

        assertThat(violations).isEmpty();
    }

    @Test
    void iamCheck_wouldCatchAStarResourceOnAResourceLevelAction() {
        TemplateResource role = TemplateResource.of("Role", CloudFormationYaml.read("""
                Type: AWS::IAM::Role
                Properties:
                  Policies:
                    - PolicyDocument:
                        Statement:
                          - {Effect: Allow, Action: [dynamodb:PutItem, logs:CreateLogDelivery], Resource: "*"}
                """));

        assertThat(statements(role)).singleElement().satisfies(statement ->
                assertThat(ACTIONS_WITHOUT_RESOURCE_LEVEL_PERMISSIONS.containsAll(asStrings(statement.get("Action")))).isFalse());
    }

    /** Template parameters named by {@code Ref} or a {@code ${Name}} Sub variable anywhere under the node. */
    private static Set<String> parametersNamedIn(Object node) {
        Set<String> names = new TreeSet<>();
        if (node instanceof List<?> list) {
            list.forEach(item -> names.addAll(parametersNamedIn(item)));
        } else if (node instanceof Map<?, ?> map) {
            if (map.size() == 1 && map.get("Ref") instanceof String name && TEMPLATE.parameters().containsKey(name)) {
                names.add(name);
            } else if (map.size() == 1 && map.containsKey("Fn::Sub")) {
                Object argument = map.get("Fn::Sub");
                Matcher matcher = SUB_VARIABLE.matcher(argument instanceof List<?> parts ? parts.get(0).toString() : argument.toString());
                while (matcher.find()) {
                    if (TEMPLATE.parameters().containsKey(matcher.group(1))) {
                        names.add(matcher.group(1));
                    }
                }
                if (argument instanceof List<?> parts) {
                    names.addAll(parametersNamedIn(parts.get(1)));
                }
            } else {
                map.values().forEach(value -> names.addAll(parametersNamedIn(value)));
            }
        }
        return names;
    }

    private static List<TemplateResource> functions() {
        return TEMPLATE.resources().values().stream().filter(r -> r.type().equals("AWS::Lambda::Function")).toList();
    }

    private static List<Map<?, ?>> statements(TemplateResource resource) {
        List<Map<?, ?>> statements = new ArrayList<>();
        List<Object> documents = new ArrayList<>();
        if (resource.property("Policies") instanceof List<?> policies) {
            policies.forEach(policy -> documents.add(((Map<?, ?>) policy).get("PolicyDocument")));
        }
        documents.add(resource.property("PolicyDocument"));
        for (Object document : documents) {
            if (document instanceof Map<?, ?> map && map.get("Statement") instanceof List<?> list) {
                list.forEach(statement -> statements.add((Map<?, ?>) statement));
            }
        }
        return statements;
    }

    private static boolean mentionsStar(Object resource) {
        return "*".equals(resource) || resource instanceof List<?> list && list.contains("*");
    }

    private static List<String> asStrings(Object value) {
        if (value instanceof String text) {
            return List.of(text);
        }
        return value instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.of();
    }

    private static void collectReferences(Object node, String path, Set<String> subVariables, List<String> dangling) {
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectReferences(list.get(i), path + "[" + i + "]", subVariables, dangling);
            }
        } else if (node instanceof Map<?, ?> map) {
            if (map.size() == 1 && map.containsKey("Ref")) {
                checkName(map.get("Ref").toString(), path, dangling);
            } else if (map.size() == 1 && map.containsKey("Fn::GetAtt")) {
                checkResource(((List<?>) map.get("Fn::GetAtt")).get(0).toString(), path, dangling);
            } else if (map.size() == 1 && map.containsKey("Fn::Sub")) {
                Object argument = map.get("Fn::Sub");
                Set<String> variables = Set.of();
                String text = argument.toString();
                if (argument instanceof List<?> parts) {
                    text = parts.get(0).toString();
                    variables = ((Map<?, ?>) parts.get(1)).keySet().stream().map(Object::toString).collect(java.util.stream.Collectors.toSet());
                    collectReferences(parts.get(1), path + ".Fn::Sub", Set.of(), dangling);
                }
                Matcher matcher = SUB_VARIABLE.matcher(text);
                while (matcher.find()) {
                    String variable = matcher.group(1);
                    if (variables.contains(variable)) {
                        continue;
                    }
                    if (variable.contains(".") && !PseudoParameters.isPseudo(variable)) {
                        checkResource(variable.substring(0, variable.indexOf('.')), path, dangling);
                    } else {
                        checkName(variable, path, dangling);
                    }
                }
            } else {
                map.forEach((key, value) -> collectReferences(value, path + "." + key, subVariables, dangling));
            }
        }
    }

    private static void checkName(String name, String path, List<String> dangling) {
        if (!PseudoParameters.isPseudo(name) && !TEMPLATE.parameters().containsKey(name) && !TEMPLATE.hasResource(name)) {
            dangling.add(path + ": " + name);
        }
    }

    private static void checkResource(String name, String path, List<String> dangling) {
        if (!TEMPLATE.hasResource(name)) {
            dangling.add(path + ": " + name);
        }
    }
}
