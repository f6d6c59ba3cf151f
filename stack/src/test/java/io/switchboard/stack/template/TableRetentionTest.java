package io.switchboard.stack.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The call log and the async results table outlive the stack unless RetainTablesOnDelete says otherwise. */
class TableRetentionTest {
    private static final Template TEMPLATE = Template.load(Path.of("template.yaml"));

    @Test
    void byDefault_deletingOrReplacingTheStackKeepsBothTables() {
        IntrinsicResolver resolver = new IntrinsicResolver(TEMPLATE, Map.of(), PseudoParameters.sandbox());

        for (String table : new String[] {"CallsTable", "AsyncResultsTable"}) {
            assertThat(policy(resolver, table, "DeletionPolicy")).as(table).isEqualTo("Retain");
            assertThat(policy(resolver, table, "UpdateReplacePolicy")).as(table).isEqualTo("Retain");
        }
    }

    @Test
    void retainTablesOnDeleteFalse_deletesBothTablesWithTheStack() {
        IntrinsicResolver resolver = new IntrinsicResolver(TEMPLATE, Map.of("RetainTablesOnDelete", "false"),
                PseudoParameters.sandbox());

        for (String table : new String[] {"CallsTable", "AsyncResultsTable"}) {
            assertThat(policy(resolver, table, "DeletionPolicy")).as(table).isEqualTo("Delete");
            assertThat(policy(resolver, table, "UpdateReplacePolicy")).as(table).isEqualTo("Delete");
        }
    }

    @Test
    void theTemplate_declaresTheTransformThatLetsPoliciesUseConditions() {
        assertThat(TEMPLATE.root().get("Transform")).isEqualTo("AWS::LanguageExtensions");
    }

    private static String policy(IntrinsicResolver resolver, String logicalId, String attribute) {
        Map<?, ?> resources = (Map<?, ?>) TEMPLATE.root().get("Resources");
        Object value = ((Map<?, ?>) resources.get(logicalId)).get(attribute);
        return resolver.resolveString(value, logicalId + "." + attribute);
    }
}
