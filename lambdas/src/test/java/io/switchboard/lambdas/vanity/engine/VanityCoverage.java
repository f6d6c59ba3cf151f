package io.switchboard.lambdas.vanity.engine;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * How many callers get a vanity number, before and after, in one run (docs/benchmarks/vanity.md):
 * the share of 10,000 random valid US numbers with at least one candidate, for today's engine (the
 * word list given as the first argument, words never reaching into the area code) and this one.
 * Also writes a blind sample of 200 candidates (both engines mixed and shuffled, which engine kept
 * in a separate key file) for {@code lambdas/tools/dictionary/quality.mjs} to check against a
 * reference word list; then the same share for callers from Germany, France and Spain, before
 * (English words, as every caller got) and after (their country's language). A plain main, never
 * run by {@code verify}.
 */
public final class VanityCoverage {
    static final int NUMBERS = 10_000;
    static final int SAMPLE = 200;

    private VanityCoverage() {
    }

    public static void main(String[] args) throws IOException {
        VanityDictionary beforeWords = VanityDictionary.fromLines(Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));
        Path out = Path.of(args.length > 1 ? args[1] : "target");
        VanityEngine before = new VanityEngine(beforeWords, false);
        VanityEngine after = VanityEngine.standard();
        List<String> numbers = validUsNumbers(new Random(13), NUMBERS);
        List<String> beforeSample = new ArrayList<>();
        List<String> afterSample = new ArrayList<>();
        int beforeOk = count(before, numbers, beforeSample);
        int afterOk = count(after, numbers, afterSample);
        System.out.printf("valid US numbers with a vanity number: before %d / %d = %.1f%% (%d words); after %d / %d = %.1f%% (%d words)%n",
                beforeOk, numbers.size(), 100.0 * beforeOk / numbers.size(), beforeWords.size(),
                afterOk, numbers.size(), 100.0 * afterOk / numbers.size(), VanityDictionary.standard().size());
        writeBlindSample(out, beforeSample, afterSample, new Random(99));
        timeSideBySide(before, after, numbers, Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8));

        // Callers from Germany, France and Spain: today they get English words; now their own language's.
        for (String region : List.of("DE", "FR", "ES")) {
            List<String> callers = validNumbers(region, new Random(region.hashCode()), NUMBERS / 5);
            int englishOk = count(before, callers, new ArrayList<>());
            List<String> localSample = new ArrayList<>();
            int localOk = count(after, callers, localSample);
            VanityLanguage language = after.suggest(callers.get(0)).language();
            System.out.printf("valid %s numbers with a vanity number: before (English words) %d / %d = %.1f%%;"
                            + " after (%s, %d words) %d / %d = %.1f%%%n",
                    region, englishOk, callers.size(), 100.0 * englishOk / callers.size(), language.englishName(),
                    VanityDictionary.bundled(language).size(), localOk, callers.size(), 100.0 * localOk / callers.size());
            Collections.shuffle(localSample, new Random(7));
            System.out.println("  e.g. " + String.join("; ", localSample.subList(0, Math.min(8, localSample.size()))));
        }
    }

    /**
     * Speed before and after on the same numbers, alternating rounds so both see the same machine:
     * warm p50/p99 per call, and a fresh load of each word list (p50 of 15).
     */
    private static void timeSideBySide(VanityEngine before, VanityEngine after, List<String> numbers, List<String> beforeLines) {
        long[][] nanos = new long[2][numbers.size()];
        VanityEngine[] engines = {before, after};
        long warmUntil = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            numbers.forEach(before::suggest);
            numbers.forEach(after::suggest);
        }
        for (int e = 0; e < 2; e++) {
            for (int i = 0; i < numbers.size(); i++) {
                long t = System.nanoTime();
                engines[e].suggest(numbers.get(i));
                nanos[e][i] = System.nanoTime() - t;
            }
        }
        long[][] loads = new long[2][15];
        for (int i = 0; i < 15; i++) {
            long t = System.nanoTime();
            VanityDictionary.fromLines(beforeLines);
            loads[0][i] = System.nanoTime() - t;
            t = System.nanoTime();
            VanityDictionary.loadBundled();
            loads[1][i] = System.nanoTime() - t;
        }
        System.out.printf("same run, warm, valid US numbers: before p50 %.4f ms p99 %.4f ms; after p50 %.4f ms p99 %.4f ms"
                        + " (after/before p50 %.2f, p99 %.2f); English list fresh load p50: before %.1f ms, after %.1f ms%n",
                ms(nanos[0], 50), ms(nanos[0], 99), ms(nanos[1], 50), ms(nanos[1], 99),
                ms(nanos[1], 50) / ms(nanos[0], 50), ms(nanos[1], 99) / ms(nanos[0], 99), ms(loads[0], 50), ms(loads[1], 50));
    }

    private static double ms(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
    }

    /** Random valid fixed-line and mobile numbers of {@code region}: libphonenumber's examples with random tails. */
    static List<String> validNumbers(String region, Random random, int count) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        List<String> examples = new ArrayList<>();
        for (PhoneNumberUtil.PhoneNumberType type : List.of(PhoneNumberUtil.PhoneNumberType.FIXED_LINE,
                PhoneNumberUtil.PhoneNumberType.MOBILE)) {
            examples.add(util.getNationalSignificantNumber(util.getExampleNumberForType(region, type)));
        }
        int countryCode = util.getCountryCodeForRegion(region);
        List<String> numbers = new ArrayList<>(count);
        while (numbers.size() < count) {
            String example = examples.get(numbers.size() % examples.size());
            int keep = Math.max(1, example.length() - 7);
            StringBuilder national = new StringBuilder(example.substring(0, keep));
            while (national.length() < example.length()) {
                national.append(random.nextInt(10));
            }
            String e164 = "+" + countryCode + national;
            try {
                if (util.isValidNumberForRegion(util.parse(e164, region), region)) {
                    numbers.add(e164);
                }
            } catch (com.google.i18n.phonenumbers.NumberParseException impossible) {
                // not a number libphonenumber can parse: not a caller
            }
        }
        return numbers;
    }

    /** Random 10-digit numbers that libphonenumber finds valid in the US, as E.164. */
    static List<String> validUsNumbers(Random random, int count) {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        List<String> numbers = new ArrayList<>(count);
        while (numbers.size() < count) {
            long national = 2_000_000_000L + (long) (random.nextDouble() * 8_000_000_000L);
            String e164 = "+1" + national;
            try {
                if (util.isValidNumberForRegion(util.parse(e164, "US"), "US")) {
                    numbers.add(e164);
                }
            } catch (com.google.i18n.phonenumbers.NumberParseException impossible) {
                // not a number libphonenumber can parse: not a caller
            }
        }
        return numbers;
    }

    /** How many numbers get a candidate; every candidate's words go to {@code words} (one line each). */
    private static int count(VanityEngine engine, List<String> numbers, List<String> words) {
        int ok = 0;
        for (String number : numbers) {
            VanityResult result = engine.suggest(number);
            if (result.status() == VanityStatus.OK) {
                ok++;
                result.candidates().forEach(c -> words.add(c.display() + "\t" + String.join(" ", c.words())));
            }
        }
        return ok;
    }

    private static void writeBlindSample(Path out, List<String> before, List<String> after, Random random) throws IOException {
        List<String[]> pooled = new ArrayList<>();
        Collections.shuffle(before, random);
        Collections.shuffle(after, random);
        before.stream().limit(SAMPLE).forEach(line -> pooled.add(new String[] {line, "before"}));
        after.stream().limit(SAMPLE).forEach(line -> pooled.add(new String[] {line, "after"}));
        Collections.shuffle(pooled, random);
        List<String> sample = new ArrayList<>();
        List<String> key = new ArrayList<>();
        for (int i = 0; i < pooled.size(); i++) {
            sample.add(i + "\t" + pooled.get(i)[0]);
            key.add(i + "\t" + pooled.get(i)[1]);
        }
        Files.createDirectories(out);
        Files.write(out.resolve("vanity-quality-sample.tsv"), sample, StandardCharsets.UTF_8);
        Files.write(out.resolve("vanity-quality-key.tsv"), key, StandardCharsets.UTF_8);
        System.out.println("blind sample: " + out.resolve("vanity-quality-sample.tsv") + " (key: vanity-quality-key.tsv)");
    }
}
