package io.switchboard.dynamodb.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Random condition, update and projection expressions over the attributes {@link RandomRequests}
 * writes, with their {@code #name} and {@code :value} placeholders: every comparison, BETWEEN, IN,
 * AND/OR/NOT, the functions (attribute_exists, attribute_not_exists, attribute_type, begins_with,
 * contains, size), nested paths; SET (arithmetic, if_not_exists, list_append), REMOVE, ADD, DELETE.
 */
final class Expression {
    final ObjectNode names = RandomRequests.object();
    final ObjectNode values = RandomRequests.object();

    String name(String attribute) {
        String placeholder = "#" + attribute.replaceAll("\\W", "");
        names.put(placeholder, attribute);
        return placeholder;
    }

    String value(JsonNode value) {
        String placeholder = ":v" + values.size();
        values.set(placeholder, value);
        return placeholder;
    }

    void addTo(ObjectNode request) {
        if (!names.isEmpty()) {
            request.set("ExpressionAttributeNames", names);
        }
        if (!values.isEmpty()) {
            request.set("ExpressionAttributeValues", values);
        }
    }

    String condition(RandomRequests random) {
        String clause = clause(random);
        switch (random.nextInt(5)) {
            case 0 -> clause = clause + " AND " + clause(random);
            case 1 -> clause = "(" + clause + " OR " + clause(random) + ")";
            case 2 -> clause = "NOT " + clause;
            default -> {
                // a single clause
            }
        }
        return clause;
    }

    private String clause(RandomRequests random) {
        String[] comparators = {"=", "<>", "<", "<=", ">", ">="};
        return switch (random.nextInt(12)) {
            case 0 -> "attribute_exists(" + name(random.pick(new String[] {"s", "n", "m", "flag", "pk"})) + ")";
            case 1 -> "attribute_not_exists(" + name(random.pick(new String[] {"s", "b", "ns", "pk"})) + ")";
            case 2 -> name("n") + " " + random.pick(comparators) + " " + value(random.valueFor("n"));
            case 3 -> name("s") + " " + random.pick(comparators) + " " + value(random.valueFor("s"));
            case 4 -> "begins_with(" + name("s") + ", " + value(RandomRequests.text(random.pick(new String[] {"a", "be", "", "Ω"}))) + ")";
            case 5 -> "contains(" + name(random.pick(new String[] {"s", "ss"})) + ", " + value(RandomRequests.text(random.pick(new String[] {"a", "beta", "gamma"}))) + ")";
            case 6 -> "size(" + name(random.pick(new String[] {"s", "l", "ss", "b", "m"})) + ") " + random.pick(comparators) + " "
                    + value(RandomRequests.number(String.valueOf(random.nextInt(4))));
            case 7 -> "attribute_type(" + name(random.pick(new String[] {"n", "s", "m", "nothing"})) + ", "
                    + value(RandomRequests.text(random.pick(new String[] {"N", "S", "M", "NULL", "SS"}))) + ")";
            case 8 -> name("n") + " BETWEEN " + value(RandomRequests.number("-1")) + " AND " + value(random.valueFor("n"));
            case 9 -> name("s") + " IN (" + value(random.valueFor("s")) + ", " + value(random.valueFor("s")) + ")";
            case 10 -> name("m") + "." + name("x") + " " + random.pick(comparators) + " " + value(random.valueFor("n"));
            default -> name("l") + "[0] = " + value(random.valueFor("s"));
        };
    }

    String update(RandomRequests random) {
        List<String> set = new ArrayList<>();
        List<String> remove = new ArrayList<>();
        List<String> add = new ArrayList<>();
        List<String> delete = new ArrayList<>();
        Set<String> touched = new LinkedHashSet<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            int pick = random.nextInt(11);
            String attribute = switch (pick) {
                case 0, 1 -> "s";
                case 2, 3, 9 -> "n";
                case 4 -> "l";
                case 5 -> "m";
                case 6 -> "flag";
                case 7 -> "ns";
                default -> "ss";
            };
            if (!touched.add(attribute)) {
                continue;
            }
            String path = name(attribute);
            switch (pick) {
                case 0 -> set.add(path + " = " + value(random.valueFor("s")));
                case 1 -> remove.add(path);
                case 2 -> set.add(path + " = " + path + (random.nextInt(2) == 0 ? " + " : " - ") + value(random.valueFor("n")));
                case 3 -> set.add(path + " = if_not_exists(" + path + ", " + value(random.valueFor("n")) + ")");
                case 4 -> set.add(path + " = list_append(if_not_exists(" + path + ", " + value(listOf()) + "), " + value(listOf(random.valueFor("s"))) + ")");
                case 5 -> set.add(path + "." + name("y") + " = " + value(random.valueFor("n")));
                case 6 -> remove.add(path);
                case 7 -> add.add(path + " " + value(random.valueFor("ns")));
                case 8 -> delete.add(path + " " + value(random.valueFor("ss")));
                case 9 -> add.add(path + " " + value(random.valueFor("n")));
                default -> set.add(path + " = " + value(random.valueFor("ss")));
            }
        }
        StringBuilder expression = new StringBuilder();
        section(expression, "SET", set);
        section(expression, "REMOVE", remove);
        section(expression, "ADD", add);
        section(expression, "DELETE", delete);
        return expression.toString().strip();
    }

    String projection(RandomRequests random) {
        Set<String> paths = new LinkedHashSet<>();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            switch (random.nextInt(6)) {
                case 0 -> paths.add(name("m") + "." + name("inner") + "." + name("x"));
                case 1 -> paths.add((random.nextInt(2) == 0 ? name("l") : "l") + "[" + random.nextInt(3) + "]");
                case 2 -> paths.add("pk");
                default -> paths.add(name(random.pick(new String[] {"s", "n", "ss", "b", "m", "flag", "missing"})));
            }
        }
        return String.join(", ", paths);
    }

    private static JsonNode listOf(JsonNode... elements) {
        ObjectNode list = RandomRequests.object();
        var array = list.putArray("L");
        for (JsonNode element : elements) {
            array.add(element);
        }
        return list;
    }

    private static void section(StringBuilder expression, String keyword, List<String> actions) {
        if (!actions.isEmpty()) {
            expression.append(keyword).append(' ').append(String.join(", ", actions)).append(' ');
        }
    }
}
