package io.switchboard.dynamodb.expression;

import io.switchboard.dynamodb.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A document path such as {@code a.b[2].c}: map keys (String) and list indexes (Integer), with
 * placeholders already replaced by the names they stand for.
 */
public record DocumentPath(List<Object> elements) {
    public DocumentPath {
        elements = List.copyOf(elements);
    }

    public static DocumentPath of(String attribute) {
        return new DocumentPath(List.of(attribute));
    }

    public String top() {
        return (String) elements.get(0);
    }

    public boolean isTopLevel() {
        return elements.size() == 1;
    }

    public DocumentPath parent() {
        return new DocumentPath(elements.subList(0, elements.size() - 1));
    }

    public Object last() {
        return elements.get(elements.size() - 1);
    }

    public DocumentPath child(Object element) {
        List<Object> longer = new ArrayList<>(elements);
        longer.add(element);
        return new DocumentPath(longer);
    }

    /** The value at this path in {@code item}, or null when any step is missing or of the wrong kind. */
    public Value resolve(Map<String, Value> item) {
        Value current = item.get(top());
        for (int i = 1; i < elements.size() && current != null; i++) {
            Object element = elements.get(i);
            if (element instanceof Integer index) {
                current = current instanceof Value.L list && index < list.values().size() ? list.values().get(index) : null;
            } else {
                current = current instanceof Value.M map ? map.values().get(element) : null;
            }
        }
        return current;
    }

    /** True when one path is a prefix of (or equal to) the other. */
    public boolean overlaps(DocumentPath other) {
        int common = Math.min(elements.size(), other.elements.size());
        return elements.subList(0, common).equals(other.elements.subList(0, common));
    }

    /** AWS's rendering in error messages: [a, b, [2]]. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        for (Object element : elements) {
            parts.add(element instanceof Integer ? "[" + element + "]" : element.toString());
        }
        return "[" + String.join(", ", parts) + "]";
    }
}
