package io.switchboard.lambdas.vanity.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NaiveVanityEngineTest {
    @Test
    void suggest_whenFlowersNumber_findsFlowersFirstLikeTheEngine() {
        NaiveVanityEngine naive = new NaiveVanityEngine(VanityDictionary.standard());

        assertThat(naive.suggest("+18003569377")).first().isEqualTo("1-800-FLOWERS");
        assertThat(naive.suggest("anonymous")).isEmpty();
    }
}
