package io.switchboard.flows.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromptMatcherTest {

    private static ObservedEvent.MessageReceived text(String text, MatchingCriteria criteria) {
        return new ObservedEvent.MessageReceived(text, null, null, null, criteria);
    }

    @Test
    void inclusion_ignoresCaseSpacingPunctuationAndPauses_butNotPartWords() {
        String heard = "Your vanity numbers are: 1 8 0 0 [pause 0.2s] flowers. [pause 0.5s] Next, 1 8 0 0 flow err.";

        assertThat(PromptMatcher.matches(text("FLOWERS", MatchingCriteria.INCLUSION), heard)).isTrue();
        assertThat(PromptMatcher.matches(text("1 8 0 0 flowers", MatchingCriteria.INCLUSION), heard)).isTrue();
        assertThat(PromptMatcher.matches(text("FLOWER", MatchingCriteria.INCLUSION), heard)).isFalse();
    }

    @Test
    void similarity_acceptsSmallWordingChanges_andRejectsADifferentPrompt() {
        String heard = "Thank you for calling. Goodbye.";

        assertThat(PromptMatcher.matches(text("Thank you for calling, goodbye!", MatchingCriteria.SIMILARITY), heard)).isTrue();
        assertThat(PromptMatcher.matches(text("Thanks for calling. Goodbye.", MatchingCriteria.SIMILARITY), heard)).isFalse();
        assertThat(PromptMatcher.matches(text("Goodbye", MatchingCriteria.SIMILARITY), heard)).as("a fragment is Inclusion's job").isFalse();
        assertThat(PromptMatcher.similarity("Thanks for calling. Goodbye.", heard)).isEqualTo(2.0 * 3 / 9);
    }

    @Test
    void ssmlExpectation_isComparedAsItIsHeard() {
        ObservedEvent.MessageReceived ssml = new ObservedEvent.MessageReceived(null,
                "<speak>Call <say-as interpret-as=\"digits\">1800</say-as> now.</speak>", null, null, MatchingCriteria.SIMILARITY);

        assertThat(PromptMatcher.matches(ssml, "Call 1 8 0 0 now.")).isTrue();
    }

    @Test
    void promptId_matchesTheAudioPromptByIdOrArn() {
        ObservedEvent.MessageReceived prompt = new ObservedEvent.MessageReceived(null, null, "abc-123", null, MatchingCriteria.SIMILARITY);

        assertThat(PromptMatcher.matches(prompt, "audio prompt arn:aws:connect:us-east-1:1:instance/i/prompt/abc-123")).isTrue();
        assertThat(PromptMatcher.matches(prompt, "audio prompt arn:aws:connect:us-east-1:1:instance/i/prompt/other")).isFalse();
        assertThat(PromptMatcher.matches(prompt, "abc-123")).as("spoken text is not an audio prompt").isFalse();
    }
}
