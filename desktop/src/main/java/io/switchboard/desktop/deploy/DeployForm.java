package io.switchboard.desktop.deploy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The deploy form's fields, each with its inline message ("" when the value is fine). */
public final class DeployForm {
    private final StringProperty stackName = new SimpleStringProperty("switchboard");
    private final ObservableList<InstanceChoice> instances = FXCollections.observableArrayList(InstanceChoice.NONE);
    private final ObjectProperty<InstanceChoice> instance = new SimpleObjectProperty<>(InstanceChoice.NONE);
    private final StringProperty transferQueueArn = new SimpleStringProperty("");
    private final StringProperty wrappedFunctionArn = new SimpleStringProperty("");
    private final StringProperty callRetentionDays = new SimpleStringProperty("90");
    private final ObservableList<Integer> logRetentionChoices = FXCollections.observableArrayList(DeployFormRules.LOG_RETENTION_DAYS);
    private final ObjectProperty<Integer> logRetentionDays = new SimpleObjectProperty<>(30);
    private final StringProperty slowLookupDelayMs = new SimpleStringProperty("4000");
    private final StringProperty vanityExtraWords = new SimpleStringProperty("");

    private final StringBinding stackNameError = Bindings.createStringBinding(() -> DeployFormRules.stackName(stackName.get()), stackName);
    private final StringBinding instanceError = Bindings.createStringBinding(() -> instanceProblem(instance.get()), instance);
    private final StringBinding transferQueueArnError = Bindings.createStringBinding(
            () -> DeployFormRules.transferQueueArn(transferQueueArn.get(), chosen().arn()), transferQueueArn, instance);
    private final StringBinding wrappedFunctionArnError = Bindings.createStringBinding(
            () -> DeployFormRules.wrappedFunctionArn(wrappedFunctionArn.get()), wrappedFunctionArn);
    private final StringBinding callRetentionDaysError = Bindings.createStringBinding(
            () -> DeployFormRules.callRetentionDays(callRetentionDays.get()), callRetentionDays);
    private final StringBinding logRetentionDaysError = Bindings.createStringBinding(
            () -> DeployFormRules.logRetentionDays(logRetentionDays.get()), logRetentionDays);
    private final StringBinding slowLookupDelayMsError = Bindings.createStringBinding(
            () -> DeployFormRules.slowLookupDelayMs(slowLookupDelayMs.get()), slowLookupDelayMs);
    private final StringBinding vanityExtraWordsError = Bindings.createStringBinding(
            () -> DeployFormRules.vanityExtraWords(vanityExtraWords.get()), vanityExtraWords);
    private final BooleanBinding valid = Bindings.createBooleanBinding(() -> errors().isEmpty(), stackNameError, instanceError,
            transferQueueArnError, wrappedFunctionArnError, callRetentionDaysError, logRetentionDaysError, slowLookupDelayMsError,
            vanityExtraWordsError);

    /** Every message to fix, in form order. */
    public List<String> errors() {
        return List.of(stackNameError.get(), instanceError.get(), transferQueueArnError.get(), wrappedFunctionArnError.get(), callRetentionDaysError.get(),
                logRetentionDaysError.get(), slowLookupDelayMsError.get(), vanityExtraWordsError.get()).stream().filter(e -> !e.isEmpty()).toList();
    }

    /** The template parameters this form sets (the artifact's bucket and key are added by the deploy). */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("ConnectInstanceArn", chosen().arn());
        parameters.put("TransferQueueArn", transferQueueArn.get().trim());
        parameters.put("WrappedFunctionArn", wrappedFunctionArn.get().trim());
        parameters.put("CallRetentionDays", callRetentionDays.get().trim());
        parameters.put("LogRetentionDays", String.valueOf(logRetentionDays.get()));
        parameters.put("SlowLookupDelayMs", slowLookupDelayMs.get().trim());
        parameters.put("VanityExtraWords", DeployFormRules.normalisedWords(vanityExtraWords.get()));
        return parameters;
    }

    /** Fills the fields from a deployed stack's parameters, so an update starts from what is there. */
    void fillFrom(Map<String, String> current) {
        transferQueueArn.set(current.getOrDefault("TransferQueueArn", transferQueueArn.get()));
        wrappedFunctionArn.set(current.getOrDefault("WrappedFunctionArn", wrappedFunctionArn.get()));
        callRetentionDays.set(current.getOrDefault("CallRetentionDays", callRetentionDays.get()));
        slowLookupDelayMs.set(current.getOrDefault("SlowLookupDelayMs", slowLookupDelayMs.get()));
        vanityExtraWords.set(current.getOrDefault("VanityExtraWords", vanityExtraWords.get()));
        try {
            logRetentionDays.set(Integer.valueOf(current.getOrDefault("LogRetentionDays", String.valueOf(logRetentionDays.get()))));
        } catch (NumberFormatException e) {
            // leave the default; the stack's value was not a number
        }
    }

    /** Lists the instances; keeps {@code preferredArn} selected when it is among them, else picks the only active one. */
    void showInstances(List<InstanceChoice> found, String preferredArn) {
        instances.setAll(InstanceChoice.NONE);
        instances.addAll(found);
        InstanceChoice pick = found.stream().filter(c -> c.arn().equals(preferredArn)).findFirst()
                .orElseGet(() -> found.stream().filter(c -> "ACTIVE".equals(c.status())).count() == 1 && preferredArn == null
                        ? found.stream().filter(c -> "ACTIVE".equals(c.status())).findFirst().orElseThrow() : InstanceChoice.NONE);
        instance.set(pick);
    }

    private InstanceChoice chosen() {
        return instance.get() == null ? InstanceChoice.NONE : instance.get();
    }

    private static String instanceProblem(InstanceChoice choice) {
        if (choice == null || choice.isNone()) {
            return "";
        }
        if (!"ACTIVE".equals(choice.status())) {
            return "Instance " + choice.label() + " is not active yet: wait until Connect has created it, or deploy without Connect.";
        }
        return DeployFormRules.connectInstanceArn(choice.arn());
    }

    public StringProperty stackName() { return stackName; }
    public ObservableList<InstanceChoice> instances() { return instances; }
    public ObjectProperty<InstanceChoice> instance() { return instance; }
    public StringProperty transferQueueArn() { return transferQueueArn; }
    public StringProperty wrappedFunctionArn() { return wrappedFunctionArn; }
    public StringProperty callRetentionDays() { return callRetentionDays; }
    public ObservableList<Integer> logRetentionChoices() { return logRetentionChoices; }
    public ObjectProperty<Integer> logRetentionDays() { return logRetentionDays; }
    public StringProperty slowLookupDelayMs() { return slowLookupDelayMs; }
    public StringProperty vanityExtraWords() { return vanityExtraWords; }
    public StringBinding stackNameError() { return stackNameError; }
    public StringBinding instanceError() { return instanceError; }
    public StringBinding transferQueueArnError() { return transferQueueArnError; }
    public StringBinding wrappedFunctionArnError() { return wrappedFunctionArnError; }
    public StringBinding callRetentionDaysError() { return callRetentionDaysError; }
    public StringBinding logRetentionDaysError() { return logRetentionDaysError; }
    public StringBinding slowLookupDelayMsError() { return slowLookupDelayMsError; }
    public StringBinding vanityExtraWordsError() { return vanityExtraWordsError; }
    public BooleanBinding valid() { return valid; }
}
