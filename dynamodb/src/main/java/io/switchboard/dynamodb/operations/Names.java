package io.switchboard.dynamodb.operations;

/** Table names and the ARNs built from them. */
final class Names {
    static final String ACCOUNT = "000000000000";

    private Names() {
    }

    static String tableFromArn(String nameOrArn) {
        int table = nameOrArn.indexOf(":table/");
        if (nameOrArn.startsWith("arn:") && table >= 0) {
            return nameOrArn.substring(table + ":table/".length());
        }
        return nameOrArn;
    }

    static String tableArn(String region, String table) {
        return "arn:aws:dynamodb:" + region + ":" + ACCOUNT + ":table/" + table;
    }
}
