package io.switchboard.lambdas.vanity.engine;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A language the vanity engine spells in: its word list, the Amazon Polly voice and SSML language
 * that read it, and the sentences of the spoken prompt. Which one a call gets: {@link #fromTag}
 * (the flow's {@code language} parameter or contact attribute), else {@link #forRegion} (the
 * caller's country), else {@link #ENGLISH}.
 */
public enum VanityLanguage {
    ENGLISH("en", "en-US", "Joanna", "English", "words.txt", "plus",
            "Your vanity number is: ", "Your vanity numbers are: ", "Next, ", "Finally, ",
            "We could not find a vanity number for your phone number.",
            "We could not read your phone number, so we have no vanity numbers for you.",
            Set.of()),
    GERMAN("de", "de-DE", "Vicki", "German", "words-de.txt", "plus",
            "Ihre Vanity-Nummer ist: ", "Ihre Vanity-Nummern sind: ", "Dann: ", "Und zuletzt: ",
            "Für Ihre Telefonnummer haben wir keine Vanity-Nummer gefunden.",
            "Wir konnten Ihre Telefonnummer nicht lesen und haben daher keine Vanity-Nummer für Sie.",
            Set.of("DE", "AT", "CH", "LI")),
    FRENCH("fr", "fr-FR", "Lea", "French", "words-fr.txt", "plus",
            "Votre numéro personnalisé est : ", "Vos numéros personnalisés sont : ", "Ensuite, ", "Enfin, ",
            "Nous n'avons trouvé aucun numéro personnalisé pour votre numéro de téléphone.",
            "Nous n'avons pas pu lire votre numéro de téléphone, nous n'avons donc pas de numéro personnalisé pour vous.",
            Set.of("FR", "MC", "GP", "MQ", "GF", "RE", "YT", "PM", "NC", "PF", "WF")),
    SPANISH("es", "es-ES", "Lucia", "Spanish", "words-es.txt", "más",
            "Su número personalizado es: ", "Sus números personalizados son: ", "Después, ", "Por último, ",
            "No encontramos ningún número personalizado para su número de teléfono.",
            "No pudimos leer su número de teléfono, así que no tenemos números personalizados para usted.",
            Set.of("ES", "MX", "AR", "CO", "CL", "PE", "VE", "EC", "GT", "CU", "BO", "SV", "HN", "NI", "CR", "PA",
                    "PY", "UY", "DO", "PR", "GQ"));

    private final String code;
    private final String ssmlLanguage;
    private final String voice;
    private final String englishName;
    private final String resource;
    private final String plus;
    final String oneNumber;
    final String numbers;
    final String next;
    final String finally_;
    final String noVanity;
    final String invalidNumber;
    private final Set<String> regions;

    VanityLanguage(String code, String ssmlLanguage, String voice, String englishName, String resource, String plus,
                   String oneNumber, String numbers, String next, String finallyWord, String noVanity, String invalidNumber,
                   Set<String> regions) {
        this.code = code;
        this.ssmlLanguage = ssmlLanguage;
        this.voice = voice;
        this.englishName = englishName;
        this.resource = resource;
        this.plus = plus;
        this.oneNumber = oneNumber;
        this.numbers = numbers;
        this.next = next;
        this.finally_ = finallyWord;
        this.noVanity = noVanity;
        this.invalidNumber = invalidNumber;
        this.regions = regions;
    }

    /**
     * The language a tag names, by its primary subtag and in any case: {@code de-DE}, {@code de_AT},
     * {@code DE}, {@code fr-CA} (Connect's {@code $.LanguageCode} style). Empty for a blank tag or a
     * language without a word list (then the caller's country decides).
     */
    public static Optional<VanityLanguage> fromTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        for (VanityLanguage language : values()) {
            if (language.code.equals(primary)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language of a country (ISO 3166 region, as libphonenumber names it), when we have its words. */
    public static Optional<VanityLanguage> forRegion(String region) {
        for (VanityLanguage language : values()) {
            if (language.regions.contains(region)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** ISO 639-1 code, e.g. {@code de}. */
    public String code() {
        return code;
    }

    /** The SSML {@code xml:lang} and Connect language code of the voice, e.g. {@code de-DE}. */
    public String ssmlLanguage() {
        return ssmlLanguage;
    }

    /** The Amazon Polly voice (neural) the flow switches to for this language, e.g. {@code Vicki}. */
    public String voice() {
        return voice;
    }

    /** The language's name in English, for reasons and explanations, e.g. {@code German}. */
    public String englishName() {
        return englishName;
    }

    /** The word list's resource next to {@link VanityDictionary}. */
    String resource() {
        return resource;
    }

    /** How the voice says the '+' of an international number. */
    String plus() {
        return plus;
    }
}
