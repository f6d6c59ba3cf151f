package io.switchboard.dynamodb.operations;

import io.switchboard.dynamodb.DynamoDbException;
import io.switchboard.dynamodb.expression.Condition;
import io.switchboard.dynamodb.expression.ConditionEvaluator;
import io.switchboard.dynamodb.expression.DocumentPath;
import io.switchboard.dynamodb.expression.ExpressionParser;
import io.switchboard.dynamodb.expression.Placeholders;
import io.switchboard.dynamodb.expression.UpdateAction;
import io.switchboard.dynamodb.expression.UpdateApplier;
import io.switchboard.dynamodb.value.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A put, update, delete or condition check, parsed and validated before the lock is taken: under
 * the lock only the current item is read, the condition tested and the change applied.
 */
final class PreparedWrite {
    enum Kind { PUT, UPDATE, DELETE, CHECK }

    private final Kind kind;
    private final TableData table;
    private final Map<String, Value> key;
    private final Map<String, Value> item;
    private final List<UpdateAction> actions;
    private final Condition condition;

    private PreparedWrite(Kind kind, TableData table, Map<String, Value> key, Map<String, Value> item,
                          List<UpdateAction> actions, Condition condition) {
        this.kind = kind;
        this.table = table;
        this.key = key;
        this.item = item;
        this.actions = actions;
        this.condition = condition;
    }

    static PreparedWrite put(TableData table, RequestFields request) {
        request.refuseLegacy("Expected", "ConditionalOperator");
        Map<String, Value> item = request.item("Item");
        Keys.item(table.definition(), item);
        Placeholders placeholders = request.placeholders();
        Condition condition = condition(request, placeholders);
        placeholders.checkAllUsed();
        return new PreparedWrite(Kind.PUT, table, Keys.keyOf(table.definition(), item), item, null, condition);
    }

    static PreparedWrite update(TableData table, RequestFields request) {
        request.refuseLegacy("Expected", "ConditionalOperator", "AttributeUpdates");
        Map<String, Value> key = Keys.key(table.definition(), request.item("Key"));
        Placeholders placeholders = request.placeholders();
        List<UpdateAction> actions = request.has("UpdateExpression")
                ? ExpressionParser.update(request.text("UpdateExpression"), placeholders) : List.of();
        Condition condition = condition(request, placeholders);
        placeholders.checkAllUsed();
        return new PreparedWrite(Kind.UPDATE, table, key, null, actions, condition);
    }

    static PreparedWrite delete(TableData table, RequestFields request) {
        request.refuseLegacy("Expected", "ConditionalOperator");
        Map<String, Value> key = Keys.key(table.definition(), request.item("Key"));
        Placeholders placeholders = request.placeholders();
        Condition condition = condition(request, placeholders);
        placeholders.checkAllUsed();
        return new PreparedWrite(Kind.DELETE, table, key, null, null, condition);
    }

    static PreparedWrite check(TableData table, RequestFields request) {
        Map<String, Value> key = Keys.key(table.definition(), request.item("Key"));
        Placeholders placeholders = request.placeholders();
        if (!request.has("ConditionExpression")) {
            throw DynamoDbException.validation("1 validation error detected: Value null at 'transactItems.1.member.conditionCheck.conditionExpression' "
                    + "failed to satisfy constraint: Member must not be null");
        }
        Condition condition = condition(request, placeholders);
        placeholders.checkAllUsed();
        return new PreparedWrite(Kind.CHECK, table, key, null, null, condition);
    }

    private static Condition condition(RequestFields request, Placeholders placeholders) {
        return request.has("ConditionExpression")
                ? ExpressionParser.condition(request.text("ConditionExpression"), "ConditionExpression", placeholders) : null;
    }

    TableData table() {
        return table;
    }

    Kind kind() {
        return kind;
    }

    /** Identifies the item across a transaction's actions. */
    String itemIdentity() {
        return table.definition().id() + "/" + table.storageKey(key);
    }

    Map<String, Value> current() {
        return table.get(key);
    }

    boolean conditionHolds(Map<String, Value> current) {
        return condition == null || ConditionEvaluator.test(condition, current == null ? Map.of() : current);
    }

    /** The item after this write (null when deleted or a check); throws ValidationException for a bad update. */
    Map<String, Value> after(Map<String, Value> current) {
        switch (kind) {
            case PUT:
                return item;
            case UPDATE:
                Map<String, Value> base = current != null ? current : new LinkedHashMap<>(key);
                Map<String, Value> updated = UpdateApplier.apply(actions, base, table.definition().keyAttributes());
                Keys.item(table.definition(), updated);
                return updated;
            default:
                return null;
        }
    }

    void store(Map<String, Value> current, Map<String, Value> after) {
        if (kind == Kind.PUT || kind == Kind.UPDATE) {
            table.put(after, current);
        } else if (kind == Kind.DELETE && current != null) {
            table.delete(current);
        }
    }

    /** The paths an update touched: UPDATED_OLD and UPDATED_NEW return only these. */
    List<DocumentPath> updatedPaths() {
        List<DocumentPath> paths = new ArrayList<>();
        actions.forEach(action -> paths.add(action.path()));
        return paths;
    }
}
