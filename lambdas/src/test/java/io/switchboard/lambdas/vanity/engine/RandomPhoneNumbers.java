package io.switchboard.lambdas.vanity.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random caller numbers for the invariant tests and the benchmark (some are invalid, like real traffic). */
final class RandomPhoneNumbers {
    private RandomPhoneNumbers() {
    }

    /** Mostly NANP numbers with plausible area codes and exchanges, plus some UK, DE and AU ones. */
    static List<String> generate(Random random, int count) {
        String[] nanpAreas = {"800", "888", "877", "206", "212", "312", "415", "617", "650", "702", "905", "604"};
        List<String> numbers = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            switch (i % 10) {
                case 7 -> numbers.add("+4420" + (7 + random.nextInt(2)) + digits(random, 7));
                case 8 -> numbers.add("+4930" + digits(random, 8));
                case 9 -> numbers.add("+614" + digits(random, 8));
                default -> numbers.add("+1" + nanpAreas[random.nextInt(nanpAreas.length)]
                        + (2 + random.nextInt(8)) + digits(random, 6));
            }
        }
        return numbers;
    }

    private static String digits(Random random, int length) {
        StringBuilder digits = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }
}
