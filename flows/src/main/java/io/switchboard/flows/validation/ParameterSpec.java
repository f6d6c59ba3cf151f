package io.switchboard.flows.validation;

import java.util.List;

/**
 * One parameter of an action as its reference page describes it.
 *
 * @param kind       text, integer, boolean ("True"/"False"), enum, object or list
 * @param value      static (no {@code $.} reference), single (static, or exactly one JSONPath reference),
 *                   reference (only a JSONPath reference) or any
 * @param values     the allowed values of an enum
 * @param min        smallest allowed integer (null: no bound)
 * @param max        largest allowed integer (null: no bound)
 * @param pattern    a regular expression a static text value must match (null: any)
 * @param maxEntries most entries an object may hold (null: any)
 */
record ParameterSpec(String name, String kind, boolean required, String value, List<String> values,
                     Long min, Long max, String pattern, Integer maxEntries) {
}
