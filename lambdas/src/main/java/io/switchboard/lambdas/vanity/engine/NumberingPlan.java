package io.switchboard.lambdas.vanity.engine;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonemetadata.NumberFormat;
import com.google.i18n.phonenumbers.Phonemetadata.PhoneMetadata;
import com.google.i18n.phonenumbers.metadata.source.MetadataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the engine needs to know about one country calling code, taken once from libphonenumber's
 * metadata (of the code's main region, the one libphonenumber parses and formats with; and, when
 * first needed, of the other regions sharing the code) and compiled once, so that per number no
 * regex is looked up and no metadata map is consulted again. Every answer it gives is the one
 * libphonenumber gives; {@link NumberingPlans} says when it is asked and why that holds.
 * Thread-safe: immutable but for the lazily compiled leading digits, which any thread may fill in.
 */
final class NumberingPlan {
    private static final Pattern NO_LEADING_DIGITS = Pattern.compile("(?!)");

    /** libphonenumber's {@code national_prefix_for_parsing}, e.g. {@code 0} or {@code 1}; null when the plan has none. */
    private final Pattern nationalPrefix;
    /** The regions sharing the code in libphonenumber's order, main region first. */
    private final List<String> regions;
    /** Per region, compiled on first use: its leading digits, or {@link #NO_LEADING_DIGITS}. */
    private final AtomicReferenceArray<Pattern> leadingDigits;
    private final MetadataSource metadataSource;
    /** The international formats (or the national ones when the region has no separate international ones), in order. */
    private final List<Format> formats;
    /** Argentina's "9" before mobile area codes: libphonenumber's own NDC length is used there. */
    private final boolean mobileToken;

    private NumberingPlan(Pattern nationalPrefix, List<String> regions, MetadataSource metadataSource,
                          List<Format> formats, boolean mobileToken) {
        this.nationalPrefix = nationalPrefix;
        this.regions = regions;
        this.leadingDigits = new AtomicReferenceArray<>(regions.size());
        this.metadataSource = metadataSource;
        this.formats = formats;
        this.mobileToken = mobileToken;
    }

    /** The plan of {@code callingCode}, or null when libphonenumber has no metadata for it. */
    static NumberingPlan of(int callingCode, PhoneNumberUtil util, MetadataSource metadataSource) {
        List<String> regions = util.getRegionCodesForCountryCode(callingCode);
        if (regions.isEmpty()) {
            return null;
        }
        String mainRegion = regions.get(0);
        PhoneMetadata metadata = PhoneNumberUtil.REGION_CODE_FOR_NON_GEO_ENTITY.equals(mainRegion)
                ? metadataSource.getMetadataForNonGeographicalRegion(callingCode)
                : metadataSource.getMetadataForRegion(mainRegion);
        if (metadata == null) {
            return null;
        }
        String prefix = metadata.getNationalPrefixForParsing();
        List<NumberFormat> intl = metadata.getIntlNumberFormatList();
        List<Format> formats = new ArrayList<>();
        for (NumberFormat format : intl.isEmpty() ? metadata.getNumberFormatList() : intl) {
            int leading = format.getLeadingDigitsPatternCount();
            formats.add(new Format(
                    leading == 0 ? null : Pattern.compile(format.getLeadingDigitsPattern(leading - 1)),
                    Pattern.compile(format.getPattern()),
                    format.getFormat()));
        }
        NumberingPlan plan = new NumberingPlan(
                prefix.isEmpty() ? null : Pattern.compile(prefix),
                List.copyOf(regions),
                metadataSource,
                List.copyOf(formats),
                !PhoneNumberUtil.getCountryMobileToken(callingCode).isEmpty());
        plan.leadingDigits.set(0, leadingDigitsOf(metadata));
        return plan;
    }

    private static Pattern leadingDigitsOf(PhoneMetadata metadata) {
        return metadata.hasLeadingDigits() ? Pattern.compile(metadata.getLeadingDigits()) : NO_LEADING_DIGITS;
    }

    /**
     * True when libphonenumber's parser could strip a national prefix (or carrier code) from the
     * start of this national number; false means it certainly keeps the number as it is.
     */
    boolean mayStripNationalPrefix(String nationalNumber) {
        return nationalPrefix != null && nationalPrefix.matcher(nationalNumber).lookingAt();
    }

    /** The regions sharing this calling code, in the order libphonenumber tries them (main region first). */
    List<String> regions() {
        return regions;
    }

    /**
     * The leading digits that make a number of this code belong to region {@code index} (e.g. 268
     * for Antigua), or null when the region has none and libphonenumber tells its numbers apart by
     * validating them in full.
     */
    Pattern leadingDigits(int index) {
        Pattern pattern = leadingDigits.get(index);
        if (pattern == null) {
            pattern = leadingDigitsOf(metadataSource.getMetadataForRegion(regions.get(index)));
            leadingDigits.set(index, pattern);
        }
        return pattern == NO_LEADING_DIGITS ? null : pattern;
    }

    boolean hasMobileToken() {
        return mobileToken;
    }

    /**
     * The length of the first group of the number in libphonenumber's international format, when
     * that format has two groups or more after the country code; else 0. This is how
     * {@link PhoneNumberUtil#getLengthOfNationalDestinationCode} defines it (without a mobile token).
     */
    int nationalDestinationCodeLength(String nationalNumber) {
        for (Format format : formats) {
            if (format.leadingDigits == null || format.leadingDigits.matcher(nationalNumber).lookingAt()) {
                Matcher matcher = format.pattern.matcher(nationalNumber);
                if (matcher.matches()) {
                    return firstOfSeveralDigitGroups(matcher.replaceAll(format.rule));
                }
            }
        }
        return 0; // no format applies: the number is written as one group
    }

    /** The length of the first run of digits in {@code text}, or 0 when there are fewer than two runs. */
    static int firstOfSeveralDigitGroups(String text) {
        int first = -1;
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
            }
            if (first >= 0) {
                return first;
            }
            first = i - start;
        }
        return 0;
    }

    /** libphonenumber splits on {@code \D+}, and Java's {@code \d} is ASCII 0-9 only. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private record Format(Pattern leadingDigits, Pattern pattern, String rule) {
    }
}
