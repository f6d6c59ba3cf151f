package io.switchboard.desktop.deploy;

import io.switchboard.lambdas.vanity.engine.BusinessWords;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the template and CloudFormation accept, checked before anything is sent: each rule returns
 * "" when the value is fine, otherwise a sentence saying what to fix.
 */
final class DeployFormRules {
    /** The template's AllowedPattern for WrappedFunctionArn (a test keeps the two equal). */
    static final String WRAPPED_FUNCTION_PATTERN =
            "^$|^arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:[A-Za-z0-9-_]+(:[A-Za-z0-9-_$]+)?$";
    /** The template's AllowedPattern for ConnectInstanceArn. */
    static final String CONNECT_INSTANCE_PATTERN =
            "^$|^arn:aws[a-z-]*:connect:[a-z0-9-]+:[0-9]{12}:instance/[0-9a-f-]{36}$";
    /** The template's AllowedPattern for TransferQueueArn. */
    static final String TRANSFER_QUEUE_PATTERN =
            "^$|^arn:aws[a-z-]*:connect:[a-z0-9-]+:[0-9]{12}:instance/[0-9a-f-]{36}/queue/[0-9a-f-]{36}$";
    /** The template's AllowedPattern for VanityExtraWords (the function checks the rest: profanity). */
    static final String VANITY_EXTRA_WORDS_PATTERN =
            "^$|^ *[A-Za-z\\u00C0-\\u00FF]{3,12}( *, *[A-Za-z\\u00C0-\\u00FF]{3,12})* *$";
    /** The template's MaxLength for VanityExtraWords (the Lambda version's description names them, 256 at most). */
    static final int VANITY_EXTRA_WORDS_MAX_LENGTH = 100;
    /** The template's AllowedValues for LogRetentionDays. */
    static final List<Integer> LOG_RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545,
            731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    private static final Pattern WRAPPED = Pattern.compile(WRAPPED_FUNCTION_PATTERN);
    private static final Pattern CONNECT = Pattern.compile(CONNECT_INSTANCE_PATTERN);
    private static final Pattern QUEUE = Pattern.compile(TRANSFER_QUEUE_PATTERN);

    private DeployFormRules() {
    }

    /** Empty, or the business's own words as the vanity function accepts them (letters only, 3-12, no profanity). */
    static String vanityExtraWords(String words) {
        String value = normalisedWords(words);
        try {
            BusinessWords.parse(value);
        } catch (IllegalArgumentException invalid) {
            return "Business word " + invalid.getMessage() + ".";
        }
        if (value.length() > VANITY_EXTRA_WORDS_MAX_LENGTH) {
            return "At most " + VANITY_EXTRA_WORDS_MAX_LENGTH + " characters of business words (these are " + value.length() + ").";
        }
        return "";
    }

    /** The words comma-separated without spaces or empty entries, as the template's parameter takes them. */
    static String normalisedWords(String words) {
        if (words == null) {
            return "";
        }
        return java.util.Arrays.stream(words.split(",")).map(String::strip).filter(w -> !w.isEmpty())
                .collect(java.util.stream.Collectors.joining(","));
    }

    static String stackName(String name) {
        String value = name == null ? "" : name.trim();
        if (value.isEmpty()) {
            return "Enter a stack name.";
        }
        if (!Character.isLetter(value.charAt(0)) || value.charAt(0) > 'z') {
            return "A stack name starts with a letter (A–Z or a–z).";
        }
        if (!value.matches("[-A-Za-z0-9]*")) {
            return "A stack name has only letters, digits and hyphens: no spaces, underscores or dots.";
        }
        if (value.length() > 128) {
            return "A stack name has at most 128 characters (this one has " + value.length() + ").";
        }
        return "";
    }

    static String wrappedFunctionArn(String arn) {
        String value = arn == null ? "" : arn.trim();
        if (WRAPPED.matcher(value).matches()) {
            return "";
        }
        if (!value.startsWith("arn:")) {
            return "Enter a Lambda function ARN (arn:aws:lambda:REGION:ACCOUNT:function:NAME), or leave it empty to wrap the demo slow lookup.";
        }
        return "Not a Lambda function ARN: expected arn:aws:lambda:REGION:ACCOUNT:function:NAME[:ALIAS].";
    }

    static String connectInstanceArn(String arn) {
        return CONNECT.matcher(arn == null ? "" : arn).matches() ? ""
                : "Not an Amazon Connect instance ARN: expected arn:aws:connect:REGION:ACCOUNT:instance/ID.";
    }

    /** Empty, or a queue ARN of the chosen instance ({@code instanceArn} empty: deploying without Connect). */
    static String transferQueueArn(String arn, String instanceArn) {
        String value = arn == null ? "" : arn.trim();
        if (value.isEmpty()) {
            return "";
        }
        if (instanceArn == null || instanceArn.isEmpty()) {
            return "A transfer queue needs a Connect instance: pick the queue's instance, or leave the queue empty.";
        }
        if (!QUEUE.matcher(value).matches()) {
            return "Not an Amazon Connect queue ARN: expected arn:aws:connect:REGION:ACCOUNT:instance/ID/queue/ID,"
                    + " or leave it empty for no transfer.";
        }
        if (!value.startsWith(instanceArn + "/queue/")) {
            return "This queue is not in the chosen instance: its ARN must start with " + instanceArn + "/queue/.";
        }
        return "";
    }

    static String callRetentionDays(String days) {
        return wholeNumber(days, 1, 3650, "Call retention", "days");
    }

    static String slowLookupDelayMs(String millis) {
        return wholeNumber(millis, 0, 60_000, "The slow lookup's delay", "ms");
    }

    static String logRetentionDays(Integer days) {
        return days != null && LOG_RETENTION_DAYS.contains(days) ? ""
                : "Pick a log retention CloudWatch allows (1, 3, 5, 7, 14, 30, 60, 90 … 3653 days).";
    }

    private static String wholeNumber(String text, int min, int max, String what, String unit) {
        String value = text == null ? "" : text.trim();
        if (!value.matches("[0-9]{1,9}")) {
            return what + " is a whole number of " + unit + " from " + min + " to " + max + ".";
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            return what + " must be from " + min + " to " + max + " " + unit + " (not " + number + ").";
        }
        return "";
    }
}
