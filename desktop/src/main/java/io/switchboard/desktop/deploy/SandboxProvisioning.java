package io.switchboard.desktop.deploy;

import io.switchboard.stack.deploy.StackEventRecord;
import java.util.function.Consumer;
import javafx.beans.value.ObservableDoubleValue;
import javafx.collections.ObservableList;

/**
 * How the sandbox provisioned the stack: the same event records and progress a CloudFormation deploy
 * reports, plus the phase lines ("Creating table …"); and how to provision it again.
 *
 * @param restart provisions the stack again from template.yaml; {@code true}: after deleting all the sandbox stores
 */
public record SandboxProvisioning(ObservableList<StackEventRecord> events, ObservableDoubleValue progress,
                                  ObservableList<String> log, Consumer<Boolean> restart) {

    /** A sandbox the page cannot restart (Redeploy and Reset say so). */
    public SandboxProvisioning(ObservableList<StackEventRecord> events, ObservableDoubleValue progress, ObservableList<String> log) {
        this(events, progress, log, null);
    }
}
