package io.switchboard.lambdas.vanity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class VanityPromptTest {
    private final VanityEngine engine = VanityEngine.standard();

    @Test
    void forResult_whenFiveCandidates_readsTopThreeInWellFormedSpeak() throws Exception {
        String ssml = VanityPrompt.forResult(engine.suggest("+18003569377"));

        Document document = parse(ssml);
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("speak");
        assertThat(ssml).startsWith("<speak>Your vanity numbers are: ").contains("Next, ").contains("Finally, ");
        assertThat(ssml).contains("flowers");
        assertThat(document.getElementsByTagName("say-as").getLength()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void forResult_whenInvalidNumber_saysSoInWellFormedSpeak() {
        String ssml = VanityPrompt.forResult(engine.suggest("anonymous"));

        assertThatCode(() -> parse(ssml)).doesNotThrowAnyException();
        assertThat(ssml).startsWith("<speak>").endsWith("</speak>");
    }

    @Test
    void forCandidates_whenOneCandidate_saysNumberIsSingular() throws Exception {
        VanityCandidate only = engine.suggest("+18003569377").candidates().get(0);

        String ssml = VanityPrompt.forCandidates(List.of(only));

        parse(ssml);
        assertThat(ssml).contains("Your vanity number is: ").doesNotContain("Next");
    }

    @Test
    void escape_whenMarkupCharacters_escapesThem() {
        assertThat(VanityPrompt.escape("a<b & \"c\" 'd'>")).isEqualTo("a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
