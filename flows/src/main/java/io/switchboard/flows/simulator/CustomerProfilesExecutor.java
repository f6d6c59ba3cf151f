package io.switchboard.flows.simulator;

import io.switchboard.flows.FlowAction;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GetCustomerProfile, CreateCustomerProfile, UpdateCustomerProfile and AssociateContactToCustomerProfile,
 * answered by {@link ServiceMocks}. A found or created profile becomes {@code $.Customer.*}. With no
 * profile the lookup takes NoneFoundError; with no Customer Profiles domain at all every one takes the
 * Error branch — and the transcript says which.
 */
final class CustomerProfilesExecutor implements ActionExecutor {

    private enum Operation { GET, CREATE, UPDATE }

    private final Operation operation;

    private CustomerProfilesExecutor(Operation operation) {
        this.operation = operation;
    }

    static CustomerProfilesExecutor get() {
        return new CustomerProfilesExecutor(Operation.GET);
    }

    /** Update (or associate the contact with) the loaded record: works whenever the domain exists. */
    static CustomerProfilesExecutor update() {
        return new CustomerProfilesExecutor(Operation.UPDATE);
    }

    static CustomerProfilesExecutor create() {
        return new CustomerProfilesExecutor(Operation.CREATE);
    }

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        ServiceMocks services = state.surroundings.services();
        if (!services.profilesDomain()) {
            state.record(action.identifier(), action.type(), StepKind.BRANCH,
                    "no Customer Profiles domain in the simulation: Error branch", Duration.ZERO);
            return ActionOutcome.error("NoMatchingError", "no Customer Profiles domain");
        }
        if (operation == Operation.UPDATE) {
            state.record(action.identifier(), action.type(), StepKind.SETTING, "customer profile updated: " + action.type(), Duration.ZERO);
            return ActionOutcome.next();
        }
        if (operation == Operation.CREATE) {
            Map<String, String> profile = new LinkedHashMap<>();
            action.parameters().path("ProfileRequestData").fields().forEachRemaining(f ->
                    profile.put(f.getKey(), state.references(action.identifier()).value(f.getValue().asText())));
            profile.put("ProfileId", "sim-profile-" + state.contact.contactId());
            state.customerProfile = profile;
            state.record(action.identifier(), action.type(), StepKind.SETTING, "customer profile created: $.Customer.ProfileId = "
                    + profile.get("ProfileId"), Duration.ZERO);
            return ActionOutcome.next();
        }
        if (services.customerProfile() == null) {
            state.record(action.identifier(), action.type(), StepKind.BRANCH,
                    "no customer profile for this caller in the simulation: NoneFoundError branch", Duration.ZERO);
            return Branches.firstError(action, "no profile found", "NoneFoundError", "NoMatchingError");
        }
        state.customerProfile = services.customerProfile();
        state.record(action.identifier(), action.type(), StepKind.SETTING, "customer profile found: $.Customer "
                + services.customerProfile(), Duration.ZERO);
        return ActionOutcome.next();
    }
}
