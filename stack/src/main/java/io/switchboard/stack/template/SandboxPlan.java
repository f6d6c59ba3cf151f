package io.switchboard.stack.template;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the sandbox provisions from the template: tables, functions, state machines and the
 * EventBridge rules on their executions' status changes, with every intrinsic resolved, plus the
 * resources it leaves out. Build one with {@link #fromTemplate}.
 */
public record SandboxPlan(PseudoParameters pseudo, Map<String, String> parameters, List<TablePlan> tables,
                          List<FunctionPlan> functions, List<StateMachinePlan> stateMachines,
                          List<ExecutionStatusRulePlan> executionStatusRules, List<NotEmulatedResource> notEmulated) {

    /**
     * Loads the source template (e.g. {@code stack/template.yaml}), inlines its {@code file://}
     * references and resolves it for the sandbox.
     *
     * @param parameterOverrides parameter values that replace the template's defaults
     */
    public static SandboxPlan fromTemplate(Path templateFile, Map<String, String> parameterOverrides, PseudoParameters pseudo) {
        return fromTemplate(Template.load(templateFile), parameterOverrides, pseudo);
    }

    /** The same, for a template already loaded. */
    public static SandboxPlan fromTemplate(Template template, Map<String, String> parameterOverrides, PseudoParameters pseudo) {
        Template packaged = new TemplatePackager(TemplatePackager.MissingFiles.KEEP_REFERENCE).inline(template);
        return new SandboxPlanner(new IntrinsicResolver(packaged, parameterOverrides, pseudo)).plan();
    }

    /** The function a name, function ARN, or qualified (alias or version) ARN names. */
    public Optional<FunctionPlan> function(String nameOrArn) {
        String unqualified = FunctionNames.unqualified(nameOrArn);
        return functions.stream()
                .filter(function -> function.name().equals(unqualified) || function.arn().equals(unqualified))
                .findFirst();
    }

    public Optional<TablePlan> table(String name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst();
    }

    public Optional<StateMachinePlan> stateMachine(String nameOrArn) {
        return stateMachines.stream()
                .filter(machine -> machine.name().equals(nameOrArn) || machine.arn().equals(nameOrArn))
                .findFirst();
    }
}
