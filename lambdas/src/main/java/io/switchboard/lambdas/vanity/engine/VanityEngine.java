package io.switchboard.lambdas.vanity.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Suggests vanity spellings of a caller's number: real, common English words that dial exactly the
 * caller's digits, best first. Thread-safe; never throws.
 *
 * <p>Usage: {@code VanityEngine.standard().suggest("+18003569377")} gives {@code 1-800-FLOWERS} first.
 */
public final class VanityEngine {
    /** At most this many candidates are returned. */
    public static final int MAX_CANDIDATES = 5;
    /** Spellings of all ten digits looked at for those with a word across the area code's end. */
    private static final int AREA_CODE_SEARCH = 4 * MAX_CANDIDATES;

    private final CallerNumberParser parser = new CallerNumberParser();
    private final Speller speller;
    private final CandidateFormatter formatter = new CandidateFormatter();

    private final boolean reachIntoAreaCode;

    VanityEngine(VanityDictionary dictionary) {
        this(dictionary, true);
    }

    /** {@code reachIntoAreaCode} false: the engine before words could reach into the area code (benchmarks compare). */
    VanityEngine(VanityDictionary dictionary, boolean reachIntoAreaCode) {
        this.speller = new Speller(dictionary);
        this.reachIntoAreaCode = reachIntoAreaCode;
    }

    /** The engine over the bundled dictionary, which is loaded once per JVM on first use. */
    public static VanityEngine standard() {
        return Standard.INSTANCE;
    }

    /**
     * Finds up to five vanity numbers for {@code rawNumber} (E.164 as Connect sends it, or a
     * national format as a person types it; US when no country code is given).
     */
    public VanityResult suggest(String rawNumber) {
        CallerNumberParser.Outcome outcome;
        try {
            outcome = parser.parse(rawNumber);
        } catch (RuntimeException e) {
            outcome = new CallerNumberParser.Rejected("not a phone number: " + e.getClass().getSimpleName());
        }
        if (outcome instanceof CallerNumberParser.Rejected rejected) {
            return new VanityResult(VanityStatus.INVALID_NUMBER, rejected.reason(), null, List.of());
        }
        CallerNumber number = ((CallerNumberParser.Parsed) outcome).number();
        List<VanityCandidate> candidates = formatter.format(number, speller.best(number.vanityDigits(), MAX_CANDIDATES));
        if (candidates.isEmpty() && reachIntoAreaCode && number.mayReachIntoAreaCode()) {
            candidates = reachingIntoAreaCode(number);
        }
        if (candidates.isEmpty()) {
            return new VanityResult(VanityStatus.NO_VANITY,
                    "no common English word of " + Speller.MIN_MAIN_WORD + "+ letters dials any part of "
                            + number.vanityDigits() + " (0 and 1 carry no letters)",
                    number.e164(), List.of());
        }
        return new VanityResult(VanityStatus.OK,
                candidates.size() + " vanity number" + (candidates.size() == 1 ? "" : "s") + " for " + number.e164(),
                number.e164(), candidates);
    }

    /**
     * For a geographic NANP number whose seven digits spell nothing: spellings of all ten digits
     * with a word that starts in the area code and ends in the number ({@code 1-20-MOVE-0123}).
     * Only then, so every number that spells something on its own keeps exactly its answer.
     */
    private List<VanityCandidate> reachingIntoAreaCode(CallerNumber number) {
        CallerNumber whole = number.withAreaCodeSpelled();
        int boundary = number.areaCode().length();
        List<Spelling> across = new ArrayList<>(MAX_CANDIDATES);
        for (Spelling spelling : speller.best(whole.vanityDigits(), AREA_CODE_SEARCH)) {
            if (spelling.hasWordAcross(boundary) && across.size() < MAX_CANDIDATES) {
                across.add(spelling);
            }
        }
        return formatter.format(whole, across);
    }

    private static final class Standard {
        static final VanityEngine INSTANCE = new VanityEngine(VanityDictionary.standard());
    }
}
