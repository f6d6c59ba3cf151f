package io.switchboard.lambdas.vanity.engine;

/**
 * A caller's number split into the part that stays digits and the part a vanity spelling replaces.
 *
 * @param e164         the number in E.164, e.g. {@code +18003569377}
 * @param countryCode  the country calling code, e.g. {@code 1} or {@code 44}
 * @param areaCode     the national digits before the vanity part, e.g. {@code 800} or {@code 20} (may be empty)
 * @param vanityDigits the digits a vanity spelling may replace: NANP's 7-digit subscriber number,
 *                     elsewhere the digits after the area or network code
 */
record CallerNumber(String e164, int countryCode, String areaCode, String vanityDigits) {

    /** North American Numbering Plan (+1): displayed as {@code 1-800-FLOWERS}. */
    boolean isNanp() {
        return countryCode == 1;
    }
}
