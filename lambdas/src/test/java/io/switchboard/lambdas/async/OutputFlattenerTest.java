package io.switchboard.lambdas.async;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputFlattenerTest {

    @Test
    void flatten_nestedObjectsAndArrays_becomeDottedAndIndexedKeysInOrder() {
        Map<String, String> flat = OutputFlattener.flatten(
                "{\"a\":{\"b\":\"x\",\"c\":{\"d\":1}},\"list\":[\"p\",{\"q\":true}],\"after\":\"z\"}");

        assertThat(flat).containsExactly(Map.entry("a.b", "x"), Map.entry("a.c.d", "1"), Map.entry("list.0", "p"),
                Map.entry("list.1.q", "true"), Map.entry("after", "z"));
    }

    @Test
    void flatten_nullsAndEmptyContainers_becomeEmptyStrings() {
        assertThat(OutputFlattener.flatten("{\"none\":null,\"obj\":{},\"arr\":[]}"))
                .containsExactly(Map.entry("none", ""), Map.entry("obj", ""), Map.entry("arr", ""));
    }

    @Test
    void flatten_numbersAndBooleans_keepTheirJsonText() {
        assertThat(OutputFlattener.flatten("{\"n\":142.57,\"i\":7,\"t\":false}"))
                .containsEntry("n", "142.57").containsEntry("i", "7").containsEntry("t", "false");
    }

    @Test
    void flatten_aBareValueOrNonJson_isKeptUnderOutput() {
        assertThat(OutputFlattener.flatten("\"hello\"")).containsExactly(Map.entry("output", "hello"));
        assertThat(OutputFlattener.flatten("[1,2]")).containsExactly(Map.entry("output.0", "1"), Map.entry("output.1", "2"));
        assertThat(OutputFlattener.flatten("not json {")).containsExactly(Map.entry("output", "not json {"));
    }

    @Test
    void flatten_nothing_isEmpty() {
        assertThat(OutputFlattener.flatten((String) null)).isEmpty();
        assertThat(OutputFlattener.flatten("")).isEmpty();
        assertThat(OutputFlattener.flatten("null")).containsExactly(Map.entry("output", ""));
    }

    @Test
    void flatten_aDottedKeyCollidingWithANestedOne_keepsTheFirst() {
        assertThat(OutputFlattener.flatten("{\"a.b\":\"first\",\"a\":{\"b\":\"second\"}}")).containsExactly(Map.entry("a.b", "first"));
    }
}
