package io.switchboard.desktop.deploy;

import io.switchboard.stack.deploy.StackEventRecord;
import javafx.beans.value.ObservableDoubleValue;
import javafx.collections.ObservableList;

/**
 * How the sandbox provisioned the stack: the same event records and progress a CloudFormation deploy
 * reports, plus the phase lines ("Creating table …").
 */
public record SandboxProvisioning(ObservableList<StackEventRecord> events, ObservableDoubleValue progress,
                                  ObservableList<String> log) {
}
