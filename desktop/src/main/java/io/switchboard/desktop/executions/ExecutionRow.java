package io.switchboard.desktop.executions;

import io.switchboard.desktop.aws.ExecutionsGateway.ExecutionSummary;
import io.switchboard.desktop.ui.CallerNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * One execution as the table shows it. The async wrapper names executions {@code <ContactId>-<step>};
 * the caller comes from the execution's input (DescribeExecution), so it is unknown at first.
 */
public record ExecutionRow(ExecutionSummary execution, CallerNumber caller) {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public String contactId() {
        String name = execution.name();
        return name.length() > 36 && name.charAt(36) == '-' ? name.substring(0, 36) : "";
    }

    public String start(ZoneId zone) {
        return execution.start() == null ? "" : TIME.format(execution.start().atZone(zone));
    }

    public String duration(Instant now) {
        if (execution.start() == null) {
            return "";
        }
        Duration d = Duration.between(execution.start(), execution.stop() == null ? now : execution.stop());
        return ElapsedText.of(d);
    }
}
