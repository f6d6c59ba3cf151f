package io.switchboard.lambdas.vanity.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Suggests vanity spellings of a caller's number: real, common words of the caller's language
 * that dial exactly the caller's digits, best first. Thread-safe; never throws.
 *
 * <p>Usage: {@code VanityEngine.standard().suggest("+18003569377")} gives {@code 1-800-FLOWERS} first;
 * {@code suggest("+493012345", "fr-FR")} spells in French.
 */
public final class VanityEngine {
    /** At most this many candidates are returned. */
    public static final int MAX_CANDIDATES = 5;
    /** Spellings of all ten digits looked at for those with a word across the area code's end. */
    private static final int AREA_CODE_SEARCH = 4 * MAX_CANDIDATES;

    private final CallerNumberParser parser = new CallerNumberParser();
    private final CandidateFormatter formatter = new CandidateFormatter();
    /** One speller per language, made on the language's first call (its word list loads then). */
    private final Speller[] spellers = new Speller[VanityLanguage.values().length];
    private final Function<VanityLanguage, VanityDictionary> dictionaries;
    private final boolean reachIntoAreaCode;

    /** One dictionary for every language (tests and benchmarks). */
    VanityEngine(VanityDictionary dictionary) {
        this(dictionary, true);
    }

    /** {@code reachIntoAreaCode} false: the engine before words could reach into the area code (benchmarks compare). */
    VanityEngine(VanityDictionary dictionary, boolean reachIntoAreaCode) {
        this(language -> dictionary, reachIntoAreaCode);
    }

    private VanityEngine(Function<VanityLanguage, VanityDictionary> dictionaries, boolean reachIntoAreaCode) {
        this.dictionaries = dictionaries;
        this.reachIntoAreaCode = reachIntoAreaCode;
    }

    /** The engine over the bundled dictionaries, each loaded once per JVM on its first use. */
    public static VanityEngine standard() {
        return Standard.INSTANCE;
    }

    /** An engine whose every language also has the business's own words, ranked above its dictionary words. */
    public static VanityEngine withBusinessWords(BusinessWords words) {
        if (words.isEmpty()) {
            return standard();
        }
        return new VanityEngine(language -> VanityDictionary.withExtraWords(language, words.words()), true);
    }

    /**
     * Finds up to five vanity numbers for {@code rawNumber} (E.164 as Connect sends it, or a
     * national format as a person types it; US when no country code is given), in the language of
     * the caller's country, else English.
     */
    public VanityResult suggest(String rawNumber) {
        return suggest(rawNumber, null);
    }

    /**
     * As {@link #suggest(String)}, in the language {@code languageTag} names ({@code de-DE}, {@code fr}…)
     * when we have its words; otherwise as the caller's country, else English.
     */
    public VanityResult suggest(String rawNumber, String languageTag) {
        CallerNumberParser.Outcome outcome;
        try {
            outcome = parser.parse(rawNumber);
        } catch (RuntimeException e) {
            outcome = new CallerNumberParser.Rejected("not a phone number: " + e.getClass().getSimpleName());
        }
        Optional<VanityLanguage> asked = VanityLanguage.fromTag(languageTag);
        if (outcome instanceof CallerNumberParser.Rejected rejected) {
            return new VanityResult(VanityStatus.INVALID_NUMBER, rejected.reason(), null, List.of(),
                    asked.orElse(VanityLanguage.ENGLISH));
        }
        CallerNumber number = ((CallerNumberParser.Parsed) outcome).number();
        VanityLanguage language = asked.or(() -> VanityLanguage.forRegion(number.region())).orElse(VanityLanguage.ENGLISH);
        Speller speller = speller(language);
        List<VanityCandidate> candidates = formatter.format(number, speller.best(number.vanityDigits(), MAX_CANDIDATES),
                language, speller.dictionary());
        if (candidates.isEmpty() && reachIntoAreaCode && number.mayReachIntoAreaCode()) {
            candidates = reachingIntoAreaCode(number, language, speller);
        }
        if (candidates.isEmpty()) {
            return new VanityResult(VanityStatus.NO_VANITY,
                    "no common " + language.englishName() + " word of " + Speller.MIN_MAIN_WORD + "+ letters dials any part of "
                            + number.vanityDigits() + " (0 and 1 carry no letters)",
                    number.e164(), List.of(), language);
        }
        return new VanityResult(VanityStatus.OK,
                candidates.size() + " vanity number" + (candidates.size() == 1 ? "" : "s") + " for " + number.e164(),
                number.e164(), candidates, language);
    }

    private Speller speller(VanityLanguage language) {
        Speller speller = spellers[language.ordinal()];
        if (speller == null) {
            synchronized (spellers) {
                speller = spellers[language.ordinal()];
                if (speller == null) {
                    speller = new Speller(dictionaries.apply(language));
                    spellers[language.ordinal()] = speller;
                }
            }
        }
        return speller;
    }

    /**
     * For a geographic NANP number whose seven digits spell nothing: spellings of all ten digits
     * with a word that starts in the area code and ends in the number ({@code 1-41-LURK-5920}).
     * Only then, so every number that spells something on its own keeps exactly its answer.
     */
    private List<VanityCandidate> reachingIntoAreaCode(CallerNumber number, VanityLanguage language, Speller speller) {
        CallerNumber whole = number.withAreaCodeSpelled();
        int boundary = number.areaCode().length();
        List<Spelling> across = new ArrayList<>(MAX_CANDIDATES);
        for (Spelling spelling : speller.best(whole.vanityDigits(), AREA_CODE_SEARCH)) {
            if (spelling.hasWordAcross(boundary) && across.size() < MAX_CANDIDATES) {
                across.add(spelling);
            }
        }
        return formatter.format(whole, across, language, speller.dictionary());
    }

    private static final class Standard {
        static final VanityEngine INSTANCE = new VanityEngine(VanityDictionary::bundled, true);
    }
}
