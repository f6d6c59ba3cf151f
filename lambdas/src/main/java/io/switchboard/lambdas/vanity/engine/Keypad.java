package io.switchboard.lambdas.vanity.engine;

/** The ITU E.161 telephone keypad: letters on keys 2 to 9; 0 and 1 carry no letters. */
final class Keypad {
    private static final String[] LETTERS = {"", "", "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"};

    private static final int[] DIGIT_OF_LETTER = new int[26];

    static {
        for (int d = 2; d <= 9; d++) {
            for (int i = 0; i < LETTERS[d].length(); i++) {
                DIGIT_OF_LETTER[LETTERS[d].charAt(i) - 'A'] = d;
            }
        }
    }

    private Keypad() {
    }

    /** The key that carries {@code letter} (either case), or -1 when it is not a letter a-z. */
    static int digitOf(char letter) {
        char upper = letter >= 'a' && letter <= 'z' ? (char) (letter - ('a' - 'A')) : letter;
        return upper >= 'A' && upper <= 'Z' ? DIGIT_OF_LETTER[upper - 'A'] : -1;
    }

    /** The upper-case letters on key {@code digit} (empty for 0 and 1). */
    static String lettersOf(int digit) {
        return LETTERS[digit];
    }

    /** The digits a word is dialled with, e.g. {@code flowers -> 3569377}. */
    static String digitsOf(String word) {
        StringBuilder digits = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            digits.append(Character.isDigit(c) ? c : (char) ('0' + digitOf(c)));
        }
        return digits.toString();
    }
}
