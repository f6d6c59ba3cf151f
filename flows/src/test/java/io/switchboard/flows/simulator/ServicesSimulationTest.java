package io.switchboard.flows.simulator;

import static io.switchboard.flows.simulator.SmallFlows.act;
import static io.switchboard.flows.simulator.SmallFlows.flow;
import static io.switchboard.flows.simulator.SmallFlows.next;
import static io.switchboard.flows.simulator.SmallFlows.onError;
import static io.switchboard.flows.simulator.SmallFlows.play;
import static io.switchboard.flows.simulator.SmallFlows.say;
import static io.switchboard.flows.simulator.SmallFlows.stepsOf;
import static io.switchboard.flows.simulator.SmallFlows.when;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.switchboard.flows.FlowDocument;
import io.switchboard.flows.TestFlows;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Customer Profiles, Cases, Tasks, Voice ID and views, answered by ServiceMocks. With no mock each takes
 * the branch a missing record or a failure takes, and the transcript says so.
 */
class ServicesSimulationTest {

    private static FlowDocument profileLookup() {
        ObjectNode get = next(act("lookup", "GetCustomerProfile", "{\"ProfileRequestData\":{\"IdentifierName\":\"_phone\","
                + "\"IdentifierValue\":\"$.CustomerEndpoint.Address\"},\"ProfileResponseData\":[\"FirstName\"]}"), "greet");
        onError(get, "NoneFoundError", "say-stranger");
        onError(get, "MultipleFoundError", "say-stranger");
        onError(get, "NoMatchingError", "say-error");
        return flow(get, TestFlows.message("greet", "Hello $.Customer.FirstName.", "bye"), say("say-stranger", "Hello, new caller."),
                say("say-error", "Hello."));
    }

    @Test
    void getCustomerProfile_withNoProfilesDomain_takesTheErrorBranchAndSaysWhy() {
        CallTranscript call = play(profileLookup());

        assertThat(call.heard()).containsExactly("Hello.");
        assertThat(stepsOf(call, "lookup")).containsExactly("no Customer Profiles domain in the simulation: Error branch");
    }

    @Test
    void getCustomerProfile_domainWithoutThisCaller_takesNoneFound() {
        CallTranscript call = play(profileLookup(), Surroundings.defaults().withServices(ServiceMocks.none().withProfilesDomain()));

        assertThat(call.heard()).containsExactly("Hello, new caller.");
        assertThat(stepsOf(call, "lookup")).singleElement().asString().contains("NoneFoundError");
    }

    @Test
    void getCustomerProfile_mockedProfile_isReadBackThroughCustomerPaths() {
        Surroundings world = Surroundings.defaults().withServices(ServiceMocks.none().withCustomerProfile(Map.of("FirstName", "Ada")));

        assertThat(play(profileLookup(), world).heard()).containsExactly("Hello Ada.");
    }

    @Test
    void createCustomerProfile_inADomain_createsOneWithAnId() {
        ObjectNode create = next(act("create", "CreateCustomerProfile", "{\"ProfileRequestData\":{\"FirstName\":\"Grace\"}}"), "read");
        onError(create, "NoMatchingError", "say-error");
        FlowDocument flow = flow(create, TestFlows.message("read", "Profile for $.Customer.FirstName created.", "bye"), say("say-error", "No profile."));

        assertThat(play(flow).heard()).containsExactly("No profile.");
        assertThat(play(flow, Surroundings.defaults().withServices(ServiceMocks.none().withProfilesDomain())).heard())
                .containsExactly("Profile for Grace created.");
    }

    @Test
    void updateCustomerProfileAndCase_needOnlyTheirDomain() {
        ObjectNode profile = next(act("profile", "UpdateCustomerProfile", "{\"ProfileRequestData\":{\"FirstName\":\"Ada\"}}"), "case");
        onError(profile, "NoMatchingError", "say-error");
        ObjectNode updateCase = next(act("case", "UpdateCase", "{\"CaseId\":\"$.Case.CaseId\"}"), "done");
        onError(updateCase, "NoMatchingError", "say-error");
        FlowDocument flow = flow(profile, updateCase, say("done", "Updated."), say("say-error", "Could not update."));
        Surroundings domains = Surroundings.defaults().withServices(ServiceMocks.none().withProfilesDomain().withCasesDomain());

        assertThat(play(flow).heard()).containsExactly("Could not update.");
        assertThat(play(flow, domains).heard()).containsExactly("Updated.");
    }

    private static FlowDocument caseLookup() {
        ObjectNode get = next(act("case", "GetCase", "{\"LinkContactToCase\":\"True\",\"GetLastUpdatedCase\":\"True\"}"), "read");
        onError(get, "NoneFoundError", "say-none");
        onError(get, "NoMatchingError", "say-error");
        return flow(get, TestFlows.message("read", "Your case is $.Case.status.", "bye"), say("say-none", "You have no open case."),
                say("say-error", "Cases are unavailable."));
    }

    @Test
    void getCase_withNoCasesDomain_takesTheErrorBranch() {
        CallTranscript call = play(caseLookup());

        assertThat(call.heard()).containsExactly("Cases are unavailable.");
        assertThat(stepsOf(call, "case")).containsExactly("no Cases domain in the simulation: Error branch");
    }

    @Test
    void getCase_noMatchingCase_takesNoneFound_andAMockedCaseIsRead() {
        assertThat(play(caseLookup(), Surroundings.defaults().withServices(ServiceMocks.none().withCasesDomain())).heard())
                .containsExactly("You have no open case.");
        assertThat(play(caseLookup(), Surroundings.defaults().withServices(ServiceMocks.none().withCase(Map.of("status", "open")))).heard())
                .containsExactly("Your case is open.");
    }

    @Test
    void createCase_inACasesDomain_givesACaseId() {
        ObjectNode create = next(act("create", "CreateCase", "{\"CaseTemplateId\":\"template\"}"), "read");
        onError(create, "NoMatchingError", "say-error");
        FlowDocument flow = flow(create, TestFlows.message("read", "Case created.", "bye"), say("say-error", "No case."));

        assertThat(play(flow).heard()).containsExactly("No case.");
        assertThat(play(flow, Surroundings.defaults().withServices(ServiceMocks.none().withCasesDomain())).heard()).containsExactly("Case created.");
    }

    @Test
    void createTask_byDefault_isNotCreatedAndSaysSo_andCanBeMockedToSucceed() {
        ObjectNode task = next(act("task", "CreateTask", "{\"Name\":\"Call back\",\"ContactFlowId\":\"arn:aws:connect:::contact-flow/t\"}"), "read");
        onError(task, "NoMatchingError", "say-error");
        FlowDocument flow = flow(task, TestFlows.message("read", "A task was created.", "bye"), say("say-error", "No task."));

        CallTranscript byDefault = play(flow);
        assertThat(byDefault.heard()).containsExactly("No task.");
        assertThat(stepsOf(byDefault, "task")).singleElement().asString().contains("the simulation creates no tasks");
        assertThat(play(flow, Surroundings.defaults().withServices(ServiceMocks.none().withTasksCreated())).heard())
                .containsExactly("A task was created.");
    }

    private static FlowDocument voiceId() {
        ObjectNode check = act("voice", "CheckVoiceId", "{\"CheckVoiceIdOption\":\"voiceAuthentication\"}");
        when(check, "Equals", "Authenticated", "say-welcome");
        when(check, "Equals", "NotEnrolled", "say-enrol");
        onError(check, "NoMatchingCondition", "say-other");
        onError(check, "NoMatchingError", "say-other");
        return flow(check, say("say-welcome", "Welcome back, verified caller."), say("say-enrol", "Would you like to enrol your voice?"),
                say("say-other", "We could not verify you."));
    }

    @Test
    void checkVoiceId_byDefault_callerIsNotEnrolled() {
        CallTranscript call = play(voiceId());

        assertThat(call.heard()).containsExactly("Would you like to enrol your voice?");
        assertThat(stepsOf(call, "voice")).singleElement().asString().contains("no Voice ID enrolment in the simulation");
    }

    @Test
    void checkVoiceId_mockedResults_takeTheirBranches() {
        Surroundings authenticated = Surroundings.defaults().withServices(ServiceMocks.none().withVoiceId("Authenticated", "LowRisk"));
        Surroundings inconclusive = Surroundings.defaults().withServices(ServiceMocks.none().withVoiceId("Inconclusive", "Inconclusive"));

        assertThat(play(voiceId(), authenticated).heard()).containsExactly("Welcome back, verified caller.");
        assertThat(play(voiceId(), inconclusive).heard()).containsExactly("We could not verify you.");
    }

    private static FlowDocument view() {
        ObjectNode show = act("form", "ShowView", "{\"ViewResource\":{\"Id\":\"arn:aws:connect:::view/refund-form\"},"
                + "\"InvocationTimeLimitSeconds\":\"300\"}");
        when(show, "Equals", "Submit", "say-submitted");
        onError(show, "NoMatchingCondition", "say-nothing");
        onError(show, "NoMatchingError", "say-nothing");
        return flow(show, say("say-submitted", "Thanks, your refund is on its way."), say("say-nothing", "No refund was requested."));
    }

    @Test
    void showView_byDefault_nobodyActs() {
        CallTranscript call = play(view());

        assertThat(call.heard()).containsExactly("No refund was requested.");
        assertThat(stepsOf(call, "form")).singleElement().asString().contains("nobody acts on it in the simulation");
    }

    @Test
    void showView_mockedAction_takesItsBranch() {
        Surroundings submits = Surroundings.defaults().withServices(ServiceMocks.none().withViewAction("refund-form", "Submit"));

        assertThat(play(view(), submits).heard()).containsExactly("Thanks, your refund is on its way.");
    }
}
