package io.switchboard.stack.sandbox.dynamodb;

import java.util.List;

/**
 * What a user is told before a packaged Switchboard downloads DynamoDB Local: the licence's name, a
 * short summary in our words, and where to read the terms in full. The summary is no substitute for
 * the agreement, and says so.
 */
public final class DynamoDbLocalLicence {
    public static final String NAME = "DynamoDB Local License Agreement";
    public static final String AWS_PAGE = "https://aws.amazon.com/dynamodb/dynamodblocallicense/";
    /** Inside DynamoDB Local's jar: the authoritative text. */
    public static final String FILE_IN_JAR = "LICENSE.txt";
    public static final List<String> SUMMARY = List.of(
            "DynamoDB Local is AWS's software, licensed by AWS to you (not by Switchboard) under the " + NAME + ".",
            "You may install it on computers you own or control and use it for your internal business purposes, "
                    + "in connection with AWS's services; you need an AWS account in good standing.",
            "You may not redistribute, sell, modify or reverse engineer it, nor build it into your own programs.",
            "It comes as is, without warranty; AWS may change or end the licence.");

    private DynamoDbLocalLicence() {
    }

    /** Where to read the agreement in full, for a dialog or a terminal. */
    public static String whereToRead(String version) {
        return "Read it in full at " + AWS_PAGE + " or in " + FILE_IN_JAR + " inside DynamoDBLocal-" + version + ".jar.";
    }

    /** The summary as terminal lines (two-space bullets), with where to read the whole agreement. */
    public static String summaryText(String version) {
        StringBuilder text = new StringBuilder("DynamoDB Local " + version + " — " + NAME + " (summary; the agreement governs):\n");
        SUMMARY.forEach(line -> text.append("  - ").append(line).append('\n'));
        return text.append(whereToRead(version)).append('\n').toString();
    }
}
