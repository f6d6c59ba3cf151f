package io.switchboard.stack.sandbox.stepfunctions.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The sequence of history event types AWS recorded, as the recording lets it be compared. Events
 * of concurrent branches (Parallel) come in no fixed order, so the recording replaces their ids
 * with {@code "[0]"} and sorts them: such a run matches the same event types in any order. An id the
 * recording dropped (the gap before ParallelStateExited) matches any one event.
 */
final class RecordedEventOrder {
    private RecordedEventOrder() {
    }

    private sealed interface Slot permits Exact, Unordered, Any {
    }

    private record Exact(String type) implements Slot {
    }

    private record Unordered(List<String> types) implements Slot {
    }

    private record Any() implements Slot {
    }

    static boolean matches(JsonNode recordedEvents, List<String> actual) {
        List<Slot> slots = slots(recordedEvents);
        int position = 0;
        for (Slot slot : slots) {
            if (slot instanceof Exact exact) {
                if (position >= actual.size() || !actual.get(position).equals(exact.type())) {
                    return false;
                }
                position++;
            } else if (slot instanceof Unordered unordered) {
                int end = position + unordered.types().size();
                if (end > actual.size()) {
                    return false;
                }
                List<String> got = new ArrayList<>(actual.subList(position, end));
                List<String> expected = new ArrayList<>(unordered.types());
                got.sort(null);
                expected.sort(null);
                if (!got.equals(expected)) {
                    return false;
                }
                position = end;
            } else {
                if (position >= actual.size()) {
                    return false;
                }
                position++;
            }
        }
        return position == actual.size();
    }

    private static List<Slot> slots(JsonNode events) {
        List<Slot> slots = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        long placed = 0;
        for (JsonNode event : events) {
            String type = event.path("type").asText();
            if (!event.path("id").isIntegralNumber()) {
                pending.add(type);
                continue;
            }
            long id = event.path("id").asLong();
            if (!pending.isEmpty()) {
                slots.add(new Unordered(List.copyOf(pending)));
                placed += pending.size();
                pending.clear();
            }
            while (placed + 1 < id) {
                slots.add(new Any());
                placed++;
            }
            slots.add(new Exact(type));
            placed = id;
        }
        if (!pending.isEmpty()) {
            slots.add(new Unordered(List.copyOf(pending)));
        }
        return slots;
    }
}
