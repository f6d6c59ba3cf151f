package io.switchboard.flows.simulator;

import java.util.HashMap;
import java.util.Map;

/**
 * Answers for the services a flow can ask about. Each absent answer plays as Connect does when the
 * record is missing or the service fails, and the transcript says so.
 *
 * @param customerProfile       the profile GetCustomerProfile finds (field → value); null: none found
 * @param profilesDomain        whether the instance has a Customer Profiles domain (CreateCustomerProfile works)
 * @param caseFields            the case GetCase finds (field → value); null: none found
 * @param casesDomain           whether the instance has a Cases domain (CreateCase works)
 * @param tasksCreated          whether CreateTask succeeds
 * @param voiceIdAuthentication CheckVoiceId's authentication result (Authenticated, NotAuthenticated,
 *                              Inconclusive, NotEnrolled, OptedOut); default NotEnrolled
 * @param voiceIdFraud          CheckVoiceId's fraud result (HighRisk, LowRisk, Inconclusive); default Inconclusive
 * @param viewActions           the action the agent or customer takes in a ShowView view (view id/ARN/name → action)
 */
public record ServiceMocks(Map<String, String> customerProfile, boolean profilesDomain, Map<String, String> caseFields,
                           boolean casesDomain, boolean tasksCreated, String voiceIdAuthentication, String voiceIdFraud,
                           Map<String, String> viewActions) {

    public ServiceMocks {
        customerProfile = customerProfile == null ? null : Map.copyOf(customerProfile);
        caseFields = caseFields == null ? null : Map.copyOf(caseFields);
        voiceIdAuthentication = voiceIdAuthentication == null ? "NotEnrolled" : voiceIdAuthentication;
        voiceIdFraud = voiceIdFraud == null ? "Inconclusive" : voiceIdFraud;
        viewActions = Map.copyOf(viewActions);
    }

    /** No profiles or cases domain, tasks not created, Voice ID not enrolled, views answered by no action. */
    public static ServiceMocks none() {
        return new ServiceMocks(null, false, null, false, false, null, null, Map.of());
    }

    /** A profiles domain holding this caller's profile. */
    public ServiceMocks withCustomerProfile(Map<String, String> profile) {
        return new ServiceMocks(profile, true, caseFields, casesDomain, tasksCreated, voiceIdAuthentication, voiceIdFraud, viewActions);
    }

    /** A profiles domain without this caller's profile (GetCustomerProfile finds none; CreateCustomerProfile works). */
    public ServiceMocks withProfilesDomain() {
        return new ServiceMocks(customerProfile, true, caseFields, casesDomain, tasksCreated, voiceIdAuthentication, voiceIdFraud, viewActions);
    }

    /** A cases domain holding this case. */
    public ServiceMocks withCase(Map<String, String> fields) {
        return new ServiceMocks(customerProfile, profilesDomain, fields, true, tasksCreated, voiceIdAuthentication, voiceIdFraud, viewActions);
    }

    /** A cases domain without a matching case (GetCase finds none; CreateCase works). */
    public ServiceMocks withCasesDomain() {
        return new ServiceMocks(customerProfile, profilesDomain, caseFields, true, tasksCreated, voiceIdAuthentication, voiceIdFraud, viewActions);
    }

    public ServiceMocks withTasksCreated() {
        return new ServiceMocks(customerProfile, profilesDomain, caseFields, casesDomain, true, voiceIdAuthentication, voiceIdFraud, viewActions);
    }

    public ServiceMocks withVoiceId(String authentication, String fraud) {
        return new ServiceMocks(customerProfile, profilesDomain, caseFields, casesDomain, tasksCreated, authentication, fraud, viewActions);
    }

    public ServiceMocks withViewAction(String view, String action) {
        Map<String, String> actions = new HashMap<>(viewActions);
        actions.put(view, action);
        return new ServiceMocks(customerProfile, profilesDomain, caseFields, casesDomain, tasksCreated, voiceIdAuthentication, voiceIdFraud, actions);
    }
}
