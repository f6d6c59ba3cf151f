package io.switchboard.dynamodb.expression;

import io.switchboard.dynamodb.DynamoDbException;
import io.switchboard.dynamodb.value.Numbers;
import io.switchboard.dynamodb.value.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies an update expression's actions to an item. Every operand is read from the item as it
 * was before the update, as DynamoDB does; paths that overlap are refused before anything changes.
 */
public final class UpdateApplier {
    private UpdateApplier() {
    }

    public static Map<String, Value> apply(List<UpdateAction> actions, Map<String, Value> before, Set<String> keyAttributes) {
        checkPaths(actions, keyAttributes);
        Map<String, Value> after = new LinkedHashMap<>(before);
        List<UpdateAction.Remove> removes = new ArrayList<>();
        for (UpdateAction action : actions) {
            if (action instanceof UpdateAction.Set set) {
                setAt(after, set.path(), OperandEvaluator.required(set.value(), before));
            } else if (action instanceof UpdateAction.Remove remove) {
                removes.add(remove);
            } else if (action instanceof UpdateAction.Add add) {
                Value operand = OperandEvaluator.required(add.value(), before);
                setAt(after, add.path(), added(add.path().resolve(before), operand));
            } else if (action instanceof UpdateAction.Delete delete) {
                Value operand = OperandEvaluator.required(delete.value(), before);
                Value remaining = deleted(delete.path().resolve(before), operand);
                if (remaining == null) {
                    removeAt(after, delete.path());
                } else {
                    setAt(after, delete.path(), remaining);
                }
            }
        }
        // Higher list indexes first, so removing [1] and [3] removes the elements the caller meant.
        removes.sort(Comparator.comparing((UpdateAction.Remove remove) -> remove.path().last() instanceof Integer index ? index : -1).reversed());
        for (UpdateAction.Remove remove : removes) {
            removeAt(after, remove.path());
        }
        return after;
    }

    private static void checkPaths(List<UpdateAction> actions, Set<String> keyAttributes) {
        for (int i = 0; i < actions.size(); i++) {
            DocumentPath path = actions.get(i).path();
            if (keyAttributes.contains(path.top())) {
                throw DynamoDbException.invalidParameter("Cannot update attribute " + path.top() + ". This attribute is part of the key");
            }
            for (int j = 0; j < i; j++) {
                DocumentPath earlier = actions.get(j).path();
                if (earlier.overlaps(path)) {
                    throw DynamoDbException.validation("Invalid UpdateExpression: Two document paths overlap with each other; "
                            + "must remove or rewrite one of these paths; path one: " + earlier + ", path two: " + path);
                }
            }
        }
    }

    private static Value added(Value existing, Value operand) {
        if (!(operand instanceof Value.N) && !operand.isSet()) {
            throw DynamoDbException.validation("Invalid UpdateExpression: Incorrect operand type for operator or function; "
                    + "operator: ADD, operand type: " + typeName(operand));
        }
        if (existing == null) {
            return operand;
        }
        if (existing instanceof Value.N e && operand instanceof Value.N o) {
            return new Value.N(Numbers.arithmetic(e.value().add(o.value())));
        }
        if (existing instanceof Value.SS e && operand instanceof Value.SS o) {
            Set<String> union = new LinkedHashSet<>(e.values());
            union.addAll(o.values());
            return new Value.SS(union);
        }
        if (existing instanceof Value.NS e && operand instanceof Value.NS o) {
            Set<java.math.BigDecimal> union = new LinkedHashSet<>(e.values());
            union.addAll(o.values());
            return new Value.NS(union);
        }
        if (existing instanceof Value.BS e && operand instanceof Value.BS o) {
            Set<io.switchboard.dynamodb.value.Bytes> union = new LinkedHashSet<>(e.values());
            union.addAll(o.values());
            return new Value.BS(union);
        }
        throw DynamoDbException.validation("An operand in the update expression has an incorrect data type");
    }

    /** The set left after DELETE, or null when nothing is left (the attribute goes). */
    private static Value deleted(Value existing, Value operand) {
        if (!operand.isSet()) {
            throw DynamoDbException.validation("Invalid UpdateExpression: Incorrect operand type for operator or function; "
                    + "operator: DELETE, operand type: " + typeName(operand));
        }
        if (existing == null) {
            return null;
        }
        if (!existing.type().equals(operand.type())) {
            throw DynamoDbException.validation("An operand in the update expression has an incorrect data type");
        }
        if (existing instanceof Value.SS e) {
            Set<String> rest = new LinkedHashSet<>(e.values());
            rest.removeAll(((Value.SS) operand).values());
            return rest.isEmpty() ? null : new Value.SS(rest);
        }
        if (existing instanceof Value.NS e) {
            Set<java.math.BigDecimal> rest = new LinkedHashSet<>(e.values());
            rest.removeAll(((Value.NS) operand).values());
            return rest.isEmpty() ? null : new Value.NS(rest);
        }
        Set<io.switchboard.dynamodb.value.Bytes> rest = new LinkedHashSet<>(((Value.BS) existing).values());
        rest.removeAll(((Value.BS) operand).values());
        return rest.isEmpty() ? null : new Value.BS(rest);
    }

    private static String typeName(Value value) {
        switch (value.type()) {
            case "S":
                return "STRING";
            case "B":
                return "BINARY";
            case "BOOL":
                return "BOOLEAN";
            case "L":
                return "LIST";
            case "M":
                return "MAP";
            default:
                return value.type();
        }
    }

    static void setAt(Map<String, Value> item, DocumentPath path, Value value) {
        if (path.isTopLevel()) {
            item.put(path.top(), value);
            return;
        }
        Value container = path.parent().resolve(item);
        Object last = path.last();
        if (last instanceof Integer index && container instanceof Value.L list) {
            List<Value> elements = new ArrayList<>(list.values());
            if (index < elements.size()) {
                elements.set(index, value);
            } else {
                elements.add(value);
            }
            setAt(item, path.parent(), new Value.L(elements));
        } else if (last instanceof String key && container instanceof Value.M map) {
            Map<String, Value> entries = new LinkedHashMap<>(map.values());
            entries.put(key, value);
            setAt(item, path.parent(), new Value.M(entries));
        } else {
            throw DynamoDbException.validation("The document path provided in the update expression is invalid for update");
        }
    }

    static void removeAt(Map<String, Value> item, DocumentPath path) {
        if (path.isTopLevel()) {
            item.remove(path.top());
            return;
        }
        Value container = path.parent().resolve(item);
        Object last = path.last();
        if (last instanceof Integer index && container instanceof Value.L list) {
            if (index < list.values().size()) {
                List<Value> elements = new ArrayList<>(list.values());
                elements.remove((int) index);
                setAt(item, path.parent(), new Value.L(elements));
            }
        } else if (last instanceof String key && container instanceof Value.M map) {
            if (map.values().containsKey(key)) {
                Map<String, Value> entries = new LinkedHashMap<>(map.values());
                entries.remove(key);
                setAt(item, path.parent(), new Value.M(entries));
            }
        } else if (container != null) {
            throw DynamoDbException.validation("The document path provided in the update expression is invalid for update");
        }
    }
}
