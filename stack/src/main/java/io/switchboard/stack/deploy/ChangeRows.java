package io.switchboard.stack.deploy;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import software.amazon.awssdk.services.cloudformation.model.ResourceChange;
import software.amazon.awssdk.services.cloudformation.model.ResourceChangeDetail;
import software.amazon.awssdk.services.cloudformation.model.ResourceTargetDefinition;

/** Turns CloudFormation's resource changes into preview rows. */
final class ChangeRows {

    private ChangeRows() { }

    static PlannedChange toRow(ResourceChange change) {
        return new PlannedChange(action(change.actionAsString()), change.logicalResourceId(),
                change.resourceType(), replacement(change.replacementAsString()), details(change));
    }

    private static PlannedChange.Action action(String action) {
        try {
            return PlannedChange.Action.valueOf(action.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return PlannedChange.Action.DYNAMIC; // an action newer than this code: "can't be determined"
        }
    }

    private static PlannedChange.Replacement replacement(String replacement) {
        if (replacement == null) {
            return PlannedChange.Replacement.FALSE; // Add, Remove: nothing is replaced
        }
        return switch (replacement) {
            case "True" -> PlannedChange.Replacement.TRUE;
            case "Conditional" -> PlannedChange.Replacement.CONDITIONAL;
            default -> PlannedChange.Replacement.FALSE;
        };
    }

    /** "Code (replaces the resource), Description" — what changes and what forces a replacement. */
    private static String details(ResourceChange change) {
        Set<String> parts = new LinkedHashSet<>();
        for (ResourceChangeDetail detail : change.details()) {
            ResourceTargetDefinition target = detail.target();
            if (target == null) {
                continue;
            }
            String what = target.name() != null ? target.name() : target.attributeAsString();
            String recreation = target.requiresRecreationAsString();
            if ("Always".equals(recreation)) {
                what += " (replaces the resource)";
            } else if ("Conditionally".equals(recreation)) {
                what += " (may replace the resource)";
            }
            parts.add(what);
        }
        return String.join(", ", parts);
    }
}
