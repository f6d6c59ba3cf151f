package io.switchboard.stack.deploy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.DescribeStackEventsResponse;
import software.amazon.awssdk.services.cloudformation.model.StackEvent;

/**
 * Fetches a stack's events that are new since the last fetch, oldest first. DescribeStackEvents
 * returns the newest first and pages back in time, so paging stops at the first event seen before.
 */
final class StackEventFeed {

    private final CloudFormationClient cfn;
    private final String stackId;
    private final Set<String> seen = new HashSet<>();
    private Instant since = Instant.MIN;

    StackEventFeed(CloudFormationClient cfn, String stackId) {
        this.cfn = cfn;
        this.stackId = stackId;
    }

    /** Marks every event that exists now as old: only events after this call are reported. */
    void skipExisting() {
        DescribeStackEventsResponse page = cfn.describeStackEvents(r -> r.stackName(stackId));
        for (StackEvent event : page.stackEvents()) {
            seen.add(event.eventId());
            if (event.timestamp() != null && event.timestamp().isAfter(since)) {
                since = event.timestamp();
            }
        }
    }

    /** Events not reported before, oldest first. */
    List<StackEventRecord> fetchNew() {
        List<StackEventRecord> fresh = new ArrayList<>();
        String token = null;
        boolean reachedKnown = false;
        do {
            String pageToken = token;
            DescribeStackEventsResponse page = cfn.describeStackEvents(r -> r.stackName(stackId).nextToken(pageToken));
            for (StackEvent event : page.stackEvents()) {
                if (seen.contains(event.eventId()) || event.timestamp().isBefore(since)) {
                    reachedKnown = true;
                    break;
                }
                fresh.add(toRecord(event));
            }
            token = page.nextToken();
        } while (!reachedKnown && token != null);
        fresh.forEach(e -> seen.add(e.eventId()));
        Collections.reverse(fresh);
        return fresh;
    }

    private static StackEventRecord toRecord(StackEvent e) {
        return new StackEventRecord(e.eventId(), e.timestamp(), e.logicalResourceId(), e.resourceType(),
                e.resourceStatusAsString(), e.resourceStatusReason());
    }
}
