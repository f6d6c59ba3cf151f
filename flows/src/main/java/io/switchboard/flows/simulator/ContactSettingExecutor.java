package io.switchboard.flows.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import io.switchboard.flows.FlowAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Actions that change how the contact is handled without the caller hearing anything: recording,
 * media streaming and processing, routing, event hooks, contact data and tags, a held participant, the
 * outbound dial, Voice ID streaming, a Q in Connect session, loading queue metrics. Each is shown as a SETTING step naming the state it leaves the contact in.
 */
final class ContactSettingExecutor implements ActionExecutor {

    private final BiFunction<FlowAction, ReferenceResolver, String> describe;

    private ContactSettingExecutor(BiFunction<FlowAction, ReferenceResolver, String> describe) {
        this.describe = describe;
    }

    static Map<String, ActionExecutor> all() {
        return Map.ofEntries(
                Map.entry("UpdateContactRecordingBehavior", new ContactSettingExecutor(ContactSettingExecutor::recording)),
                Map.entry("UpdateContactRecordingAndAnalyticsBehavior", new ContactSettingExecutor(ContactSettingExecutor::recording)),
                Map.entry("UpdateContactMediaStreamingBehavior", new ContactSettingExecutor(ContactSettingExecutor::streaming)),
                Map.entry("UpdateContactRoutingBehavior", new ContactSettingExecutor((a, r) -> "routing: " + flat(a.parameters(), r))),
                Map.entry("UpdateRoutingCriteria", new ContactSettingExecutor((a, r) -> "routing criteria: " + flat(a.parameters(), r))),
                Map.entry("UpdateContactEventHooks", new ContactSettingExecutor(ContactSettingExecutor::eventHooks)),
                Map.entry("UpdateContactData", new ContactSettingExecutor((a, r) -> "contact data: " + flat(a.parameters(), r))),
                Map.entry("TagContact", new ContactSettingExecutor((a, r) -> "contact tags: " + flat(a.parameters(), r))),
                Map.entry("UnTagContact", new ContactSettingExecutor((a, r) -> "contact tags removed: " + flat(a.parameters(), r))),
                Map.entry("UpdateContactMediaProcessing", new ContactSettingExecutor((a, r) -> "media processing: " + flat(a.parameters(), r))),
                Map.entry("CreateWisdomSession", new ContactSettingExecutor((a, r) -> "Amazon Q in Connect session created")),
                Map.entry("GetMetricData", new ContactSettingExecutor((a, r) -> "queue metrics loaded (the simulation's queue figures)")),
                Map.entry("UpdatePreviousContactParticipantState", new ContactSettingExecutor((a, r) -> "previous contact: "
                        + a.textParameter("PreviousContactParticipantState").orElse("?"))),
                Map.entry("CompleteOutboundCall", new ContactSettingExecutor((a, r) -> "outbound call placed"
                        + a.parameters().path("CallerId").path("Number").asText("").transform(n -> n.isEmpty() ? "" : " from " + r.value(n)))),
                Map.entry("StartVoiceIdStream", new ContactSettingExecutor((a, r) -> "Voice ID: caller audio streamed for authentication")));
    }

    @Override
    public ActionOutcome execute(FlowAction action, CallState state) {
        String description = describe.apply(action, state.references(action.identifier()));
        state.record(action.identifier(), action.type(), StepKind.SETTING, description, Duration.ZERO);
        return ActionOutcome.next();
    }

    /** "recording: agent and customer (both sides of the conversation)", "recording: off". */
    static String recording(FlowAction action, ReferenceResolver references) {
        List<String> who = new ArrayList<>();
        action.parameters().path("RecordingBehavior").path("RecordedParticipants").forEach(p -> who.add(p.asText().toLowerCase(Locale.ROOT)));
        String recording = who.isEmpty() ? "recording: off"
                : "recording: " + String.join(" and ", who) + (who.size() > 1 ? " (both sides of the conversation)" : " only");
        if ("Enabled".equalsIgnoreCase(action.parameters().path("RecordingBehavior").path("IVRRecordingBehavior").asText(""))) {
            recording += ", IVR included";
        }
        JsonNode analytics = action.parameters().path("AnalyticsBehavior");
        if ("True".equalsIgnoreCase(analytics.path("Enabled").asText(""))) {
            recording += "; Contact Lens analytics on (" + analytics.path("AnalyticsLanguage").asText("?") + ")";
        }
        return recording;
    }

    static String streaming(FlowAction action, ReferenceResolver references) {
        String state = action.textParameter("MediaStreamingState").orElse("?");
        List<String> who = new ArrayList<>();
        for (JsonNode participant : action.parameters().path("Participants")) {
            List<String> directions = new ArrayList<>();
            participant.path("MediaDirections").forEach(d -> directions.add(d.asText().toLowerCase(Locale.ROOT)));
            who.add(participant.path("ParticipantType").asText("?").toLowerCase(Locale.ROOT)
                    + (directions.isEmpty() ? "" : " " + String.join("/", directions)));
        }
        return "media streaming: " + state + (who.isEmpty() ? "" : " (" + String.join(", ", who) + ")");
    }

    static String eventHooks(FlowAction action, ReferenceResolver references) {
        List<String> hooks = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = action.parameters().path("EventHooks").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> hook = fields.next();
            String flow = references.value(hook.getValue().asText());
            hooks.add(hook.getKey() + " flow → " + (flow.isBlank() ? "(not set)" : flow));
        }
        return "event hooks: " + String.join(", ", hooks);
    }

    /** Parameters as {@code key=value} pairs, references resolved, nested objects flattened with dots. */
    static String flat(JsonNode parameters, ReferenceResolver references) {
        List<String> pairs = new ArrayList<>();
        flatten("", parameters, references, pairs);
        return String.join(", ", pairs);
    }

    private static void flatten(String prefix, JsonNode node, ReferenceResolver references, List<String> pairs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> flatten(prefix.isEmpty() ? f.getKey() : prefix + "." + f.getKey(), f.getValue(), references, pairs));
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(i -> items.add(i.isValueNode() ? references.value(i.asText()) : i.toString()));
            pairs.add(prefix + "=" + items);
        } else {
            pairs.add(prefix + "=" + UpdateContactAttributesExecutor.abbreviate(references.value(node.asText())));
        }
    }
}
