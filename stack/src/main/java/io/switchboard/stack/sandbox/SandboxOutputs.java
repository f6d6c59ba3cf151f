package io.switchboard.stack.sandbox;

import io.switchboard.stack.template.IntrinsicResolver;
import io.switchboard.stack.template.SandboxPlan;
import io.switchboard.stack.template.Template;
import io.switchboard.stack.template.TemplateException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Resolves the template's Outputs against the sandbox; outputs of resources it does not emulate are left out. */
final class SandboxOutputs {
    private final Template template;
    private final IntrinsicResolver resolver;

    SandboxOutputs(Template template, SandboxPlan plan) {
        this.template = template;
        this.resolver = new IntrinsicResolver(template, plan.parameters(), plan.pseudo());
    }

    Map<String, String> resolve() {
        Map<String, String> outputs = new LinkedHashMap<>();
        template.outputs().forEach((name, definition) -> {
            if (!(definition instanceof Map<?, ?> output)) {
                return;
            }
            Object condition = output.get("Condition");
            if (condition != null && !resolver.condition(condition.toString())) {
                return;
            }
            try {
                outputs.put(name, resolver.resolveString(output.get("Value"), "Outputs." + name));
            } catch (TemplateException notEmulated) {
                // e.g. a Connect flow's ARN: there is no such resource in the sandbox.
            }
        });
        return outputs;
    }
}
