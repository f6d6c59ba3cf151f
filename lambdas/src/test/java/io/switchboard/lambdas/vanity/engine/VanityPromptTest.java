package io.switchboard.lambdas.vanity.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

class VanityPromptTest {
    private final VanityEngine engine = VanityEngine.standard();

    @Test
    void forResult_whenFiveCandidates_readsTopThreeInWellFormedSpeak() throws Exception {
        String ssml = VanityPrompt.forResult(engine.suggest("+18003569377"));

        Document document = parse(ssml);
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("speak");
        assertThat(ssml).startsWith("<speak><lang xml:lang=\"en-US\">Your vanity numbers are: ").contains("Next, ").contains("Finally, ");
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

    @ParameterizedTest
    @CsvSource({
            "+18003569377, en-US, en-US, Your vanity numbers are",
            "+4930123456, de-DE, de-DE, Ihre Vanity-Nummer",
            "+4930123456, fr-FR, fr-FR, Vos numéros personnalisés sont",
            "+34912345678, es, es-ES, Sus números personalizados son",
            "+33142685300, '', fr-FR, Vos numéros personnalisés sont"})
    void forResult_inEveryLanguage_isWellFormedSpeakWithItsXmlLangAndSentences(String number, String asked, String xmlLang,
                                                                             String leadIn) throws Exception {
        VanityResult result = engine.suggest(number, asked);
        String ssml = VanityPrompt.forResult(result);

        Document document = parse(ssml);
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("speak");
        org.w3c.dom.Element lang = (org.w3c.dom.Element) document.getElementsByTagName("lang").item(0);
        assertThat(lang.getAttribute("xml:lang")).isEqualTo(xmlLang);
        assertThat(lang.getTextContent()).startsWith(leadIn);
        assertThat(result.language().ssmlLanguage()).isEqualTo(xmlLang);
        result.candidates().stream().limit(VanityPrompt.SPOKEN_CANDIDATES).forEach(c ->
                assertThat(lang.getTextContent()).contains(c.words().get(0).toLowerCase(java.util.Locale.ROOT)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "de-DE", "fr-FR", "es-ES"})
    void forResult_whenInvalidNumberInEveryLanguage_isWellFormedWithItsXmlLang(String tag) throws Exception {
        String ssml = VanityPrompt.forResult(engine.suggest("anonymous", tag));

        Document document = parse(ssml);
        assertThat(((org.w3c.dom.Element) document.getElementsByTagName("lang").item(0)).getAttribute("xml:lang")).isEqualTo(tag);
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
