package io.switchboard.lambdas.vanity.engine;

/**
 * A caller's number split into the part that stays digits and the part a vanity spelling replaces.
 *
 * @param e164         the number in E.164, e.g. {@code +18003569377}
 * @param countryCode  the country calling code, e.g. {@code 1} or {@code 44}
 * @param areaCode     the national digits before the vanity part, e.g. {@code 800} or {@code 20} (may be empty)
 * @param vanityDigits the digits a vanity spelling may replace: NANP's 7-digit subscriber number,
 *                     elsewhere the digits after the area or network code
 * @param region       the country calling code's main region (ISO 3166, e.g. {@code US}, {@code DE}), or
 *                     {@code ZZ} when unknown: which language the caller most likely speaks
 */
record CallerNumber(String e164, int countryCode, String areaCode, String vanityDigits, String region) {

    private static final java.util.Set<String> TOLL_FREE = java.util.Set.of("800", "833", "844", "855", "866", "877", "888");

    /** North American Numbering Plan (+1): displayed as {@code 1-800-FLOWERS}. */
    boolean isNanp() {
        return countryCode == 1;
    }

    /**
     * Whether words may also reach back into the area code: for geographic NANP numbers, whose ten
     * digits are all dialled; never for toll-free ones, whose 1-800 is what people know.
     */
    boolean mayReachIntoAreaCode() {
        return isNanp() && areaCode.length() == 3 && !TOLL_FREE.contains(areaCode);
    }

    /** The same number with the area code among the digits a spelling may replace. */
    CallerNumber withAreaCodeSpelled() {
        return new CallerNumber(e164, countryCode, "", areaCode + vanityDigits, region);
    }
}
