package io.switchboard.lambdas.vanity.engine;

/**
 * The ITU E.161 telephone keypad: letters on keys 2 to 9; 0 and 1 carry no letters. Accented
 * letters sit on their base letter's key (Ä and À on 2, É on 3, Ñ on 6, Ü on 8) and ß on 7 (as S),
 * which is how German, French and Spanish phones dial them.
 */
final class Keypad {
    private static final String[] LETTERS = {"", "", "ABC", "DEF", "GHI", "JKL", "MNO", "PQRS", "TUV", "WXYZ"};
    /** Accented letters (lower and upper case) and the plain letter whose key they share. */
    private static final String ACCENTED = "àâäáãåçèéêëìíîïñòóôöõùúûüýÿßÀÂÄÁÃÅÇÈÉÊËÌÍÎÏÑÒÓÔÖÕÙÚÛÜÝŸẞ";
    private static final String BASE = "aaaaaaceeeeiiiinooooouuuuyysAAAAAACEEEEIIIINOOOOOUUUUYYS";

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

    /** The key that carries {@code letter} (either case, accents allowed), or -1 when it is not a letter. */
    static int digitOf(char letter) {
        char upper = letter >= 'a' && letter <= 'z' ? (char) (letter - ('a' - 'A')) : letter;
        if (upper >= 'A' && upper <= 'Z') {
            return DIGIT_OF_LETTER[upper - 'A'];
        }
        int accented = letter >= 0xC0 ? ACCENTED.indexOf(letter) : -1;
        return accented < 0 ? -1 : digitOf(BASE.charAt(accented));
    }

    /** The upper-case form of a dictionary letter: ß becomes ẞ (one letter on one key, not "SS"). */
    static char upperCase(char letter) {
        if (letter >= 'a' && letter <= 'z') {
            return (char) (letter - ('a' - 'A'));
        }
        return letter == 'ß' ? 'ẞ' : Character.toUpperCase(letter);
    }

    /** The upper-case letters on key {@code digit} (empty for 0 and 1). */
    static String lettersOf(int digit) {
        return LETTERS[digit];
    }

    /** The digits a word is dialled with, e.g. {@code flowers -> 3569377}, {@code grün -> 4786}. */
    static String digitsOf(String word) {
        StringBuilder digits = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            digits.append(Character.isDigit(c) ? c : (char) ('0' + digitOf(c)));
        }
        return digits.toString();
    }
}
