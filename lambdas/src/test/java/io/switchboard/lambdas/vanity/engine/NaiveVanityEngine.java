package io.switchboard.lambdas.vanity.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's baseline: the seed's approach without its random letters. It enumerates every
 * letter combination of the vanity digits (0 and 1 stay digits) and looks every substring of three
 * letters or more up in a hash set of the same dictionary; each hit is a one-word candidate.
 * Only {@link VanityBenchmark} and its test use it.
 */
final class NaiveVanityEngine {
    private final CallerNumberParser parser = new CallerNumberParser();
    private final Map<String, Integer> rankByWord = new HashMap<>();

    NaiveVanityEngine(VanityDictionary dictionary) {
        for (int id = 0; id < dictionary.size(); id++) {
            rankByWord.put(dictionary.word(id), id);
        }
    }

    /** Display strings of the best five one-word candidates (longest word, then most frequent). */
    List<String> suggest(String raw) {
        if (!(parser.parse(raw) instanceof CallerNumberParser.Parsed parsed)) {
            return List.of();
        }
        return spell(parsed.number());
    }

    /** The search alone, for an already parsed number. */
    List<String> spell(CallerNumber number) {
        String digits = number.vanityDigits();
        Map<String, int[]> found = new HashMap<>(); // text -> {length, rank}
        char[] letters = new char[digits.length()];
        enumerate(digits, 0, letters, found);
        List<Map.Entry<String, int[]>> ranked = new ArrayList<>(found.entrySet());
        ranked.sort(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
                .thenComparingInt(e -> e.getValue()[1])
                .thenComparing(Map.Entry::getKey));
        String prefix = number.isNanp() ? "1-" + number.areaCode() + "-" : "+" + number.countryCode() + " " + number.areaCode() + " ";
        return ranked.stream().limit(VanityEngine.MAX_CANDIDATES).map(e -> prefix + e.getKey()).toList();
    }

    private void enumerate(String digits, int at, char[] letters, Map<String, int[]> found) {
        if (at == digits.length()) {
            lookUpSubstrings(digits, new String(letters), found);
            return;
        }
        String options = Keypad.lettersOf(digits.charAt(at) - '0');
        if (options.isEmpty()) {
            letters[at] = digits.charAt(at);
            enumerate(digits, at + 1, letters, found);
            return;
        }
        for (int i = 0; i < options.length(); i++) {
            letters[at] = options.charAt(i);
            enumerate(digits, at + 1, letters, found);
        }
    }

    private void lookUpSubstrings(String digits, String combination, Map<String, int[]> found) {
        for (int from = 0; from < combination.length(); from++) {
            for (int to = from + Speller.MIN_MAIN_WORD; to <= combination.length(); to++) {
                String word = combination.substring(from, to);
                Integer rank = rankByWord.get(word);
                if (rank != null) {
                    // The caller's own digits around the word (the seed padded with random letters instead).
                    StringBuilder text = new StringBuilder();
                    if (from > 0) {
                        text.append(digits, 0, from).append('-');
                    }
                    text.append(word);
                    if (to < digits.length()) {
                        text.append('-').append(digits, to, digits.length());
                    }
                    found.putIfAbsent(text.toString(), new int[] {to - from, rank});
                }
            }
        }
    }
}
