package io.switchboard.desktop.aws;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
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
     * service searches a group in chunks and says so with a token); {@code onPage} returns false to stop.
     *
     * @return how many pages were read
     */
    public int search(String logGroup, String filterPattern, Instant from, Instant to, Predicate<List<LogEvent>> onPage) {
        int pages = 0;
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
            pages++;
            List<LogEvent> events = page.events().stream().map(LogsGateway::event).toList();
            if (!onPage.test(events)) {
                break;
            }
            token = page.nextToken();
        } while (token != null && !token.isEmpty());
        return pages;
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
