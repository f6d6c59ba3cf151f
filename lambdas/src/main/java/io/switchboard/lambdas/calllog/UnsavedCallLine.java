package io.switchboard.lambdas.calllog;

import static io.switchboard.lambdas.calllog.CallLogSchema.CALLED_AT;
import static io.switchboard.lambdas.calllog.CallLogSchema.CALLER;
import static io.switchboard.lambdas.calllog.CallLogSchema.CONTACT_ID;
import static io.switchboard.lambdas.calllog.CallLogSchema.EXPIRES_AT;
import static io.switchboard.lambdas.calllog.CallLogSchema.REASON;
import static io.switchboard.lambdas.calllog.CallLogSchema.STATUS;
import static io.switchboard.lambdas.calllog.CallLogSchema.VANITY;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The log line that keeps a call the call log could not write, so it can be written later
 * (docs/decisions/0008-unsaved-calls-in-the-log.md). The vanity function logs {@link #fields} under
 * {@link #MESSAGE}; the desktop finds such lines with {@link #FILTER_PATTERN} and reads them back with
 * {@link #decode}. The {@code record} object uses the table's attribute names and carries the caller's
 * full number: it is the record itself, not a trace of it. {@code expires_at} is in epoch seconds, as the
 * table's TTL attribute is, so a record written back from the line is the item the function would have written.
 */
public final class UnsavedCallLine {
    public static final String MESSAGE = "call not recorded";
    public static final String RECORD = "record";
    /** CloudWatch Logs filter pattern selecting exactly these lines. */
    public static final String FILTER_PATTERN = "{ $.message = \"" + MESSAGE + "\" }";

    private static final ObjectMapper JSON = new ObjectMapper();

    private UnsavedCallLine() {
    }

    /** The fields of the line beside its message: the ContactId, the complete record, and why it was not written. */
    public static Map<String, Object> fields(CallRecord call, String error) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put(CONTACT_ID, call.contactId());
        record.put(CALLER, call.caller());
        record.put(CALLED_AT, call.calledAt().toString());
        record.put(VANITY, call.vanity());
        record.put(STATUS, call.status());
        record.put(EXPIRES_AT, call.expiresAt().getEpochSecond());
        if (!call.reason().isEmpty()) {
            record.put(REASON, call.reason());
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("contactId", call.contactId());
        fields.put(RECORD, record);
        fields.put("error", error);
        return fields;
    }

    /**
     * The call a log message carries, or empty when the message is not a complete unsaved-call line.
     * Text before the JSON object (a runtime's timestamp or request-id prefix) is skipped.
     */
    public static Optional<CallRecord> decode(String message) {
        if (message == null) {
            return Optional.empty();
        }
        int start = message.indexOf('{');
        if (start < 0) {
            return Optional.empty();
        }
        try {
            JsonNode line = JSON.readTree(message.substring(start).strip());
            if (line == null || !MESSAGE.equals(line.path("message").asText())) {
                return Optional.empty();
            }
            JsonNode record = line.path(RECORD);
            String contactId = text(record, CONTACT_ID);
            String caller = text(record, CALLER);
            String calledAt = text(record, CALLED_AT);
            String status = text(record, STATUS);
            JsonNode expires = record.path(EXPIRES_AT);
            JsonNode vanity = record.path(VANITY);
            if (contactId == null || caller == null || calledAt == null || status == null
                    || !expires.canConvertToLong() || !vanity.isArray()) {
                return Optional.empty();
            }
            List<String> numbers = new ArrayList<>();
            vanity.forEach(v -> numbers.add(v.asText()));
            return Optional.of(new CallRecord(contactId, caller, Instant.parse(calledAt), numbers, status,
                    Instant.ofEpochSecond(expires.asLong()), text(record, REASON)));
        } catch (JsonProcessingException | DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode record, String field) {
        JsonNode value = record.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
