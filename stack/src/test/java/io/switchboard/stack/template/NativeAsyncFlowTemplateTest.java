package io.switchboard.stack.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.switchboard.flows.FlowDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, part 3: the stack deploys flows/async-native.json like the other two flows — a contact flow
 * whose Lambda placeholder is the demo lookup's live alias, which Connect may call (permission and
 * integration association) — wherever it deploys the demo lookup into an instance.
 */
class NativeAsyncFlowTemplateTest {
    private static final Template TEMPLATE = Template.load(Path.of("template.yaml"));
    private static final String INSTANCE = "arn:aws:connect:us-east-1:000000000000:instance/00000000-0000-0000-0000-000000000000";

    @Test
    void theTemplate_deploysTheNativeAsyncFlowWithTheLookupAsItsFunction() {
        TemplateResource flow = TEMPLATE.resources().get("AsyncNativeFlow");

        assertThat(flow.type()).isEqualTo("AWS::Connect::ContactFlow");
        assertThat(flow.property("Content")).isEqualTo(Map.of("Fn::Sub", List.of("file://../flows/async-native.json",
                Map.of("SlowLookupFunctionArn", Map.of("Ref", "SlowLookupAlias")))));
        assertThat(flow.property("Type")).isEqualTo("CONTACT_FLOW");
        assertThat(TEMPLATE.resources().get("SlowLookupConnectPermission").property("Principal")).isEqualTo("connect.amazonaws.com");
        assertThat(TEMPLATE.resources().get("SlowLookupIntegration").property("IntegrationArn")).isEqualTo(Map.of("Ref", "SlowLookupAlias"));
    }

    @Test
    void theFlowsOnlyPlaceholder_isTheOneTheTemplateFills() {
        FlowDocument flow = FlowDocument.fromClasspath("async-native");

        assertThat(flow.placeholderNames()).containsExactly("SlowLookupFunctionArn");
        assertThat(flow.actions()).filteredOn(action -> action.type().equals("InvokeLambdaFunction"))
                .anySatisfy(action -> assertThat(action.parameters().path("InvocationType").asText()).isEqualTo("ASYNCHRONOUS"));
    }

    @Test
    void withAnInstanceAndTheDemoLookup_theFlowIsDeployed_withAWrappedFunctionItIsNot() {
        IntrinsicResolver demo = new IntrinsicResolver(TEMPLATE, Map.of("ConnectInstanceArn", INSTANCE), PseudoParameters.sandbox());
        IntrinsicResolver wrapped = new IntrinsicResolver(TEMPLATE, Map.of("ConnectInstanceArn", INSTANCE,
                "WrappedFunctionArn", "arn:aws:lambda:us-east-1:000000000000:function:mine"), PseudoParameters.sandbox());
        IntrinsicResolver noInstance = new IntrinsicResolver(TEMPLATE, Map.of(), PseudoParameters.sandbox());

        TemplateResource flow = TEMPLATE.resources().get("AsyncNativeFlow");
        assertThat(demo.isIncluded(flow)).isTrue();
        assertThat(wrapped.isIncluded(flow)).isFalse();
        assertThat(noInstance.isIncluded(flow)).isFalse();
    }
}
