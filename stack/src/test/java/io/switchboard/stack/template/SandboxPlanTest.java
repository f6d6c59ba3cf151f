package io.switchboard.stack.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxPlanTest {
    private static final Path TEMPLATE = Path.of("template.yaml");

    private static SandboxPlan plan(Map<String, String> parameters) {
        return SandboxPlan.fromTemplate(TEMPLATE, parameters, PseudoParameters.sandbox());
    }

    @Test
    void fromTemplate_withDefaults_plansBothTablesWithKeysIndexesAndTtl() {
        SandboxPlan plan = plan(Map.of());

        TablePlan calls = plan.table("switchboard-calls").orElseThrow();
        assertThat(calls.arn()).isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/switchboard-calls");
        assertThat(calls.keySchema()).containsExactly(Map.entry("contact_id", "HASH"));
        assertThat(calls.attributeDefinitions()).containsEntry("called_at", "S").hasSize(4);
        assertThat(calls.globalSecondaryIndexes()).extracting(TablePlan.GlobalSecondaryIndex::indexName)
                .containsExactly("by-caller", "by-day");
        assertThat(calls.globalSecondaryIndexes().get(1).keySchema())
                .containsExactly(Map.entry("day", "HASH"), Map.entry("called_at", "RANGE"));
        assertThat(calls.timeToLive()).contains("expires_at");
        assertThat(plan.table("switchboard-async-results")).isPresent();
    }

    @Test
    void fromTemplate_withDefaults_plansThreeFunctionsWithResolvedEnvironments() {
        SandboxPlan plan = plan(Map.of());

        assertThat(plan.functions()).extracting(FunctionPlan::name)
                .containsExactly("switchboard-vanity", "switchboard-slow-lookup", "switchboard-async-wrapper",
                        "switchboard-execution-ended");
        FunctionPlan vanity = plan.function("switchboard-vanity").orElseThrow();
        assertThat(vanity.arn()).isEqualTo("arn:aws:lambda:us-east-1:000000000000:function:switchboard-vanity");
        assertThat(vanity.handlerClass()).isEqualTo("io.switchboard.lambdas.vanity.VanityHandler");
        assertThat(vanity.handlerMethod()).isEqualTo("handleRequest");
        assertThat(vanity.environment()).isEqualTo(Map.of("CALLS_TABLE", "switchboard-calls", "CALL_RETENTION_DAYS", "90",
                "TRANSFER_QUEUE_ARN", "", "VANITY_EXTRA_WORDS", ""));
        assertThat(vanity.timeoutSeconds()).isEqualTo(8);
        assertThat(vanity.memoryMb()).isEqualTo(1024);
        assertThat(vanity.aliases()).isEqualTo(Map.of("live", "1"));
        assertThat(vanity.roleArn()).isEqualTo("arn:aws:iam::000000000000:role/switchboard-VanityFunctionRole");
        assertThat(plan.function("switchboard-async-wrapper").orElseThrow().environment()).isEqualTo(Map.of(
                "STATE_MACHINE_ARN", "arn:aws:states:us-east-1:000000000000:stateMachine:switchboard-async",
                "RESULTS_TABLE", "switchboard-async-results",
                "RESULT_RETENTION_HOURS", "24"));
        assertThat(plan.function("arn:aws:lambda:us-east-1:000000000000:function:switchboard-vanity:live")).contains(vanity);
    }

    @Test
    void fromTemplate_withDefaults_plansTheRuleThatRecordsTimedOutAndAbortedExecutions() {
        SandboxPlan plan = plan(Map.of());

        assertThat(plan.executionStatusRules()).singleElement().satisfies(rule -> {
            assertThat(rule.stateMachineArns()).containsExactly("arn:aws:states:us-east-1:000000000000:stateMachine:switchboard-async");
            assertThat(rule.statuses()).containsExactly("TIMED_OUT", "ABORTED");
            assertThat(rule.targetArns()).containsExactly("arn:aws:lambda:us-east-1:000000000000:function:switchboard-execution-ended:live");
        });
    }

    @Test
    void fromTemplate_withDefaults_substitutesTheStateMachineDefinition() {
        StateMachinePlan machine = plan(Map.of()).stateMachine("switchboard-async").orElseThrow();

        assertThat(machine.arn()).isEqualTo("arn:aws:states:us-east-1:000000000000:stateMachine:switchboard-async");
        assertThat(machine.type()).isEqualTo("STANDARD");
        assertThat(machine.definition())
                .contains("\"FunctionName\":\"arn:aws:lambda:us-east-1:000000000000:function:switchboard-slow-lookup:live\"")
                .contains("\"TableName\":\"switchboard-async-results\"")
                .doesNotContain("${");
    }

    @Test
    void fromTemplate_listsWhatItDoesNotEmulateInsteadOfFailing() {
        SandboxPlan plan = plan(Map.of());

        assertThat(plan.notEmulated()).extracting(NotEmulatedResource::logicalId)
                .contains("VanityFunctionRole", "VanityLogGroup", "VanityVersion", "VanityFlow", "VanityIntegration");
        assertThat(plan.notEmulated()).filteredOn(resource -> resource.logicalId().equals("VanityFlow"))
                .singleElement().extracting(NotEmulatedResource::reason).isEqualTo("condition HasConnectInstance is false");
    }

    @Test
    void fromTemplate_withAWrappedFunction_dropsTheDemoAndWrapsTheGivenArn() {
        String wrapped = "arn:aws:lambda:us-east-1:000000000000:function:existing:prod";

        SandboxPlan plan = plan(Map.of("WrappedFunctionArn", wrapped));

        assertThat(plan.functions()).extracting(FunctionPlan::name).doesNotContain("switchboard-slow-lookup");
        assertThat(plan.stateMachines().get(0).definition()).contains("\"FunctionName\":\"" + wrapped + "\"");
    }

    @Test
    void fromTemplate_withAnotherStackName_namesEverythingAfterIt() {
        SandboxPlan plan = SandboxPlan.fromTemplate(TEMPLATE, Map.of(), PseudoParameters.sandbox().withStackName("demo"));

        assertThat(plan.tables()).extracting(TablePlan::name).containsExactly("demo-calls", "demo-async-results");
    }

    @Test
    void fromTemplate_withAParameterOutsideItsConstraints_failsWithTheConstraint() {
        assertThatThrownBy(() -> plan(Map.of("ConnectInstanceArn", "my-instance")))
                .hasMessageContaining("parameter ConnectInstanceArn is 'my-instance'")
                .hasMessageContaining("an Amazon Connect instance ARN");
        assertThatThrownBy(() -> plan(Map.of("LogRetentionDays", "2")))
                .hasMessageContaining("parameter LogRetentionDays is '2'; allowed values are [1, 3, 5");
    }

    @Test
    void fromTemplate_withAConnectInstance_stillLeavesConnectResourcesToTheFlowSimulator() {
        SandboxPlan plan = plan(Map.of("ConnectInstanceArn",
                "arn:aws:connect:us-east-1:000000000000:instance/0f3b2c1d-aaaa-bbbb-cccc-123456789abc"));

        assertThat(plan.notEmulated()).filteredOn(resource -> resource.logicalId().equals("VanityFlow"))
                .singleElement().extracting(NotEmulatedResource::reason).isEqualTo("not emulated by the sandbox");
        assertThat(plan.functions()).hasSize(4);
    }

    @Test
    void fromTemplate_withAnUndeclaredParameter_fails() {
        assertThatThrownBy(() -> plan(Map.of("Nope", "x"))).hasMessageContaining("parameter Nope is not declared");
    }

    @Test
    void resolve_whenARefTargetsANonEmulatedResource_namesResourceAndProperty() {
        Template template = new Template(CloudFormationYaml.read("""
                Resources:
                  Flow:
                    Type: AWS::Connect::ContactFlow
                    Properties: {Name: x}
                  Fn:
                    Type: AWS::Lambda::Function
                    Properties:
                      Handler: a.B::handleRequest
                      Environment: {Variables: {FLOW: !GetAtt Flow.ContactFlowArn}}
                """), Path.of("."));

        assertThatThrownBy(() -> new SandboxPlanner(new IntrinsicResolver(template, Map.of(), PseudoParameters.sandbox())).plan())
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("Fn.Environment")
                .hasMessageContaining("Fn::GetAtt Flow.ContactFlowArn (AWS::Connect::ContactFlow)");
    }

    @Test
    void resolve_evaluatesJoinSelectSplitIfAndSubEscapes() {
        Template template = new Template(CloudFormationYaml.read("""
                Parameters:
                  Names: {Type: String, Default: "a,b,c"}
                Conditions:
                  Always: !Or [!Equals [x, y], !Not [!Equals [x, y]]]
                Resources: {}
                """), Path.of("."));
        IntrinsicResolver resolver = new IntrinsicResolver(template, Map.of(), PseudoParameters.sandbox());

        Object value = resolver.resolve(CloudFormationYaml.read("""
                v:
                  - !Join ["-", [!Select [2, !Split [",", !Ref Names]], !Ref AWS::Region]]
                  - !If [Always, chosen, other]
                  - !Sub "${!Literal}-${AWS::AccountId}"
                  - !If [Always, !Ref AWS::NoValue, kept]
                """).get("v"), "test");

        assertThat(value).isEqualTo(List.of("c-us-east-1", "chosen", "${Literal}-000000000000"));
    }
}
