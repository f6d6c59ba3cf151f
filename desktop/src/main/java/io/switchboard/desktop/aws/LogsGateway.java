package io.switchboard.desktop.aws;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResourceNotFoundException;

/** CloudWatch Logs, read-only: the events of one log group that match a filter pattern (FilterLogEvents). */
public final class LogsGateway {
    private final ClientCache clients;

    public LogsGateway(ClientCache clients) {
        this.clients = clients;
    }

    /**
     * Hands every matching event between {@code from} and {@code to} to {@code onPage}, one
     * FilterLogEvents page at a time, following {@code nextToken} to the end. A page may be empty (the
     * service searches a group in chunks and says so with a token); {@code onPage} stops the search by throwing.
     */
    public void search(String logGroup, String filterPattern, Instant from, Instant to, Consumer<List<LogEvent>> onPage) {
        String token = null;
        do {
            String after = token;
            FilterLogEventsResponse page;
            try {
                page = clients.logs().filterLogEvents(b -> b.logGroupName(logGroup)
                        .filterPattern(filterPattern)
                        .startTime(from.toEpochMilli())
                        .endTime(to.toEpochMilli())
                        .nextToken(after));
            } catch (ResourceNotFoundException missing) {
                throw new ProblemException(new Problem("The log group " + logGroup + " does not exist in region "
                        + clients.target().region() + ": is the stack deployed in this region?", missing.requestId()), missing);
            }
            onPage.accept(page.events().stream().map(LogsGateway::event).toList());
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
    }

    private static LogEvent event(FilteredLogEvent event) {
        return new LogEvent(event.logStreamName(), event.timestamp() == null ? null : Instant.ofEpochMilli(event.timestamp()),
                event.message(), event.eventId());
    }

    /**
     * One log event.
     *
     * @param logStream the stream it was written to (one per Lambda instance)
     * @param timestamp when it was logged, or {@code null} when the service did not say
     * @param message   the text as logged
     * @param eventId   the service's id for the event
     */
    public record LogEvent(String logStream, Instant timestamp, String message, String eventId) {
    }
}
