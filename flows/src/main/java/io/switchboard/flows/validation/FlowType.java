package io.switchboard.flows.validation;

import io.switchboard.flows.FlowDocument;
import java.util.Map;
import java.util.Optional;

/**
 * The flow's type from {@code Metadata.type} (the console writes it, e.g. {@code contactFlow},
 * {@code customerQueue}), or CreateContactFlow's spelling ({@code CUSTOMER_QUEUE}), as the catalog names it.
 */
final class FlowType {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("contactflow", "contactFlow"), Map.entry("customerqueue", "customerQueue"),
            Map.entry("customerhold", "customerHold"), Map.entry("customerwhisper", "customerWhisper"),
            Map.entry("agenthold", "agentHold"), Map.entry("agentwhisper", "agentWhisper"),
            Map.entry("outboundwhisper", "outboundWhisper"), Map.entry("agenttransfer", "agentTransfer"),
            Map.entry("queuetransfer", "queueTransfer"), Map.entry("contactflowmodule", "flowModule"),
            Map.entry("flowmodule", "flowModule"));

    private FlowType() {
    }

    /** The catalog's name for the flow's type; empty when the document does not say or says something unknown. */
    static Optional<String> of(FlowDocument flow) {
        String declared = flow.root().path("Metadata").path("type").asText("");
        return Optional.ofNullable(NAMES.get(declared.replace("_", "").toLowerCase()));
    }
}
