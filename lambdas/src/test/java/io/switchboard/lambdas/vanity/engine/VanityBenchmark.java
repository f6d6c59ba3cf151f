package io.switchboard.lambdas.vanity.engine;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The vanity engine's benchmark: a plain main, run in a fresh JVM by the {@code benchmark} Maven
 * profile (never during {@code verify}); see docs/benchmarks/vanity.md. It reports, in one run:
 * dictionary load time (first load in this fresh JVM, then repeated fresh loads), warm top-5
 * latency p50/p99 of the engine over 10,000 random numbers, the same for {@link NaiveVanityEngine}
 * over fewer numbers, their ratio, and the shaded jar's size.
 */
public final class VanityBenchmark {
    private static final int ENGINE_NUMBERS = 10_000;
    private static final int NAIVE_NUMBERS = 1_000;
    /** Each engine runs at least this long before it is timed (JMH warms up by time too). */
    private static final long WARM_UP_NANOS = 5_000_000_000L;
    private static final int FRESH_JVMS = 7;
    private static final String LOAD_ONLY = "--load-only";

    private VanityBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(LOAD_ONLY)) {
            long t = System.nanoTime();
            VanityDictionary.standard();
            System.out.println(System.nanoTime() - t);
            return;
        }
        long start = System.nanoTime();
        VanityDictionary dictionary = VanityDictionary.loadBundled();
        double firstLoadMs = (System.nanoTime() - start) / 1e6;
        long[] freshJvmLoads = args.length > 0 ? freshJvmLoads(new File(args[0]), FRESH_JVMS) : new long[0];
        long[] reloads = new long[20];
        for (int i = 0; i < reloads.length; i++) {
            long t = System.nanoTime();
            VanityDictionary.loadBundled();
            reloads[i] = System.nanoTime() - t;
        }
        // Every language's word list: first load each, and the heap all four take together.
        long heapBefore = usedHeapAfterGc();
        StringBuilder languageLoads = new StringBuilder();
        VanityDictionary[] all = new VanityDictionary[VanityLanguage.values().length];
        for (VanityLanguage language : VanityLanguage.values()) {
            long t = System.nanoTime();
            all[language.ordinal()] = VanityDictionary.loadBundled(language);
            languageLoads.append(String.format(" %s %d words %.1f ms;", language.code(), all[language.ordinal()].size(),
                    (System.nanoTime() - t) / 1e6));
        }
        long allDictionariesBytes = usedHeapAfterGc() - heapBefore;
        VanityEngine engine = new VanityEngine(dictionary); // English for every number: the naive baseline's dictionary
        VanityEngine multilingual = VanityEngine.standard();
        start = System.nanoTime();
        engine.suggest("+18003569377");
        double firstSuggestMs = (System.nanoTime() - start) / 1e6;

        // Only numbers libphonenumber accepts: invalid ones cost both engines the same parse and nothing else.
        List<String> numbers = RandomPhoneNumbers.generate(new Random(42), 3 * ENGINE_NUMBERS).stream()
                .filter(n -> engine.suggest(n).status() != VanityStatus.INVALID_NUMBER)
                .limit(ENGINE_NUMBERS)
                .toList();
        // Warm-up by time, as JMH does, and the same for both engines: until the JIT has settled.
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        for (int round = 0; round < 5 || System.nanoTime() < warmUntil; round++) {
            numbers.forEach(engine::suggest);
        }
        long[] engineNanos = new long[numbers.size()];
        int ok = 0;
        for (int i = 0; i < numbers.size(); i++) {
            long t = System.nanoTime();
            VanityResult result = engine.suggest(numbers.get(i));
            engineNanos[i] = System.nanoTime() - t;
            ok += result.status() == VanityStatus.OK ? 1 : 0;
        }
        // The same numbers with the language asked per call, round-robin over all four (every list in use).
        VanityLanguage[] languages = VanityLanguage.values();
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < numbers.size(); i++) {
                multilingual.suggest(numbers.get(i), languages[i % languages.length].ssmlLanguage());
            }
        }
        long[] mixedNanos = new long[numbers.size()];
        for (int i = 0; i < numbers.size(); i++) {
            String tag = languages[i % languages.length].ssmlLanguage();
            long t = System.nanoTime();
            multilingual.suggest(numbers.get(i), tag);
            mixedNanos[i] = System.nanoTime() - t;
        }

        NaiveVanityEngine naive = new NaiveVanityEngine(dictionary);
        List<String> naiveNumbers = numbers.subList(0, NAIVE_NUMBERS);
        warmUntil = System.nanoTime() + WARM_UP_NANOS;
        for (int i = 0; i < 200 || System.nanoTime() < warmUntil; i++) {
            naive.suggest(naiveNumbers.get(i % naiveNumbers.size()));
        }
        long[] naiveNanos = new long[naiveNumbers.size()];
        for (int i = 0; i < naiveNumbers.size(); i++) {
            long t = System.nanoTime();
            naive.suggest(naiveNumbers.get(i));
            naiveNanos[i] = System.nanoTime() - t;
        }

        // The search alone (parsing excluded) on the same numbers: DP speller vs enumeration.
        Speller speller = new Speller(dictionary);
        CallerNumberParser parser = new CallerNumberParser();
        List<CallerNumber> parsed = naiveNumbers.stream()
                .map(n -> ((CallerNumberParser.Parsed) parser.parse(n)).number()).toList();
        for (int round = 0; round < 20; round++) {
            parsed.forEach(n -> speller.best(n.vanityDigits(), VanityEngine.MAX_CANDIDATES));
        }
        long[] spellerNanos = new long[parsed.size()];
        long[] naiveSearchNanos = new long[parsed.size()];
        for (int i = 0; i < parsed.size(); i++) {
            long t = System.nanoTime();
            speller.best(parsed.get(i).vanityDigits(), VanityEngine.MAX_CANDIDATES);
            spellerNanos[i] = System.nanoTime() - t;
            t = System.nanoTime();
            naive.spell(parsed.get(i));
            naiveSearchNanos[i] = System.nanoTime() - t;
        }

        long[] parseNanos = new long[numbers.size()];
        for (int i = 0; i < numbers.size(); i++) {
            long t = System.nanoTime();
            parser.parse(numbers.get(i));
            parseNanos[i] = System.nanoTime() - t;
        }

        double engineP50 = percentileMs(engineNanos, 50);
        double engineP99 = percentileMs(engineNanos, 99);
        double naiveP50 = percentileMs(naiveNanos, 50);
        double naiveP99 = percentileMs(naiveNanos, 99);
        double engineMean = Arrays.stream(engineNanos).average().orElse(0) / 1e6;
        double naiveMean = Arrays.stream(naiveNanos).average().orElse(0) / 1e6;

        System.out.printf("java %s, %d cores%n", System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf("dictionary: %d words; first load in this JVM (Maven test classpath) %.1f ms;"
                + " repeated fresh load p50 %.1f ms%n", dictionary.size(), firstLoadMs, percentileMs(reloads, 50));
        if (freshJvmLoads.length > 0) {
            System.out.printf("dictionary first load in %d fresh JVMs on the shaded jar: p50 %.1f ms  max %.1f ms%n",
                    freshJvmLoads.length, percentileMs(freshJvmLoads, 50), percentileMs(freshJvmLoads, 100));
        }
        System.out.printf("every language, fresh load:%s all four on the heap: %.1f MB%n", languageLoads,
                allDictionariesBytes / 1e6);
        System.out.printf("first suggest (cold: libphonenumber metadata, JIT) %.1f ms%n", firstSuggestMs);
        System.out.printf("engine, %d random valid numbers (%d OK), warm: p50 %.4f ms  p99 %.4f ms  mean %.4f ms  max %.3f ms%n",
                numbers.size(), ok, engineP50, engineP99, engineMean, percentileMs(engineNanos, 100));
        System.out.printf("engine, same numbers, language asked round-robin (en, de, fr, es): p50 %.4f ms  p99 %.4f ms  max %.3f ms%n",
                percentileMs(mixedNanos, 50), percentileMs(mixedNanos, 99), percentileMs(mixedNanos, 100));
        System.out.printf("  of which parsing and validation (libphonenumber), shared by both: p50 %.4f ms  p99 %.4f ms%n",
                percentileMs(parseNanos, 50), percentileMs(parseNanos, 99));
        System.out.printf("naive,  %d of the same numbers, warm:      p50 %.4f ms  p99 %.4f ms  mean %.4f ms%n",
                naiveNumbers.size(), naiveP50, naiveP99, naiveMean);
        System.out.printf("speed-up (naive / engine), end to end: p50 %.0fx  p99 %.0fx  mean %.0fx%n",
                naiveP50 / engineP50, naiveP99 / engineP99, naiveMean / engineMean);
        System.out.printf("search only, same %d numbers: DP speller p50 %.4f ms p99 %.4f ms; naive p50 %.4f ms p99 %.4f ms;"
                        + " speed-up p50 %.0fx p99 %.0fx%n", parsed.size(),
                percentileMs(spellerNanos, 50), percentileMs(spellerNanos, 99),
                percentileMs(naiveSearchNanos, 50), percentileMs(naiveSearchNanos, 99),
                percentileMs(naiveSearchNanos, 50) / percentileMs(spellerNanos, 50),
                percentileMs(naiveSearchNanos, 99) / percentileMs(spellerNanos, 99));
        if (args.length > 0) {
            File jar = new File(args[0]);
            System.out.printf("shaded jar %s: %.2f MB (%d bytes)%n", jar.getName(), jar.length() / 1e6, jar.length());
        }
    }

    /** Times {@link VanityDictionary#standard()} in new JVMs whose class path is the shaded jar (as on Lambda). */
    private static long[] freshJvmLoads(File shadedJar, int runs) throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        String benchmarkClasses = new File(VanityBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
        String classPath = shadedJar.getPath() + File.pathSeparator + benchmarkClasses;
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            Process process = new ProcessBuilder(java, "-cp", classPath, VanityBenchmark.class.getName(), LOAD_ONLY)
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("load-only run failed: " + output);
            }
            nanos[i] = Long.parseLong(output);
        }
        return nanos;
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double percentileMs(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
