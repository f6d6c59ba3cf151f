package io.switchboard.lambdas.calllog;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where a paged call-log query resumes: the day partition and DynamoDB's last evaluated key, encoded
 * as URL-safe text so a UI can hold it without knowing DynamoDB. Keys hold only string attributes.
 */
record LatestCursor(LocalDate day, Map<String, AttributeValue> startKey) {

    static LatestCursor start(LocalDate day) {
        return new LatestCursor(day, null);
    }

    String encode() {
        StringBuilder text = new StringBuilder(day.toString());
        if (startKey != null) {
            startKey.forEach((k, v) -> text.append('\n').append(k).append('=').append(v.s()));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static LatestCursor decode(String cursor) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("Not a call-log cursor: " + cursor, notBase64);
        }
        String[] lines = text.split("\n");
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int eq = lines[i].indexOf('=');
            key.put(lines[i].substring(0, eq), AttributeValue.fromS(lines[i].substring(eq + 1)));
        }
        try {
            return new LatestCursor(LocalDate.parse(lines[0]), key.isEmpty() ? null : key);
        } catch (java.time.format.DateTimeParseException notADay) {
            throw new IllegalArgumentException("Not a call-log cursor: " + cursor, notADay);
        }
    }
}
