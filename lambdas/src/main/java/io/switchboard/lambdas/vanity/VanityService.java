package io.switchboard.lambdas.vanity;

import io.switchboard.lambdas.calllog.CallLog;
import io.switchboard.lambdas.calllog.CallRecord;
import io.switchboard.lambdas.calllog.UnsavedCallLine;
import io.switchboard.lambdas.connect.ConnectEvent;
import io.switchboard.lambdas.connect.ConnectResponse;
import io.switchboard.lambdas.log.JsonLog;
import io.switchboard.lambdas.vanity.engine.VanityCandidate;
import io.switchboard.lambdas.vanity.engine.VanityEngine;
import io.switchboard.lambdas.vanity.engine.VanityLanguage;
import io.switchboard.lambdas.vanity.engine.VanityPrompt;
import io.switchboard.lambdas.vanity.engine.VanityResult;
import io.switchboard.lambdas.vanity.engine.VanityStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers one Connect contact: finds the vanity numbers, records the call, and builds the response
 * map. When DynamoDB fails the caller still hears their numbers, and the complete record is logged as an
 * {@link UnsavedCallLine} so it can be written later: a call is never lost.
 */
public final class VanityService {
    static final int MAX_VANITY = 5;
    private static final String PRIMING_NUMBER = "+18003569377";

    private final VanityEngine engine;
    private final Optional<CallLog> callLog;
    private final Duration retention;
    private final Clock clock;
    private final JsonLog log;
    private final String transferQueueArn;

    public VanityService(VanityEngine engine, Optional<CallLog> callLog, int retentionDays, Clock clock, JsonLog log) {
        this(engine, callLog, retentionDays, clock, log, "");
    }

    /** @param transferQueueArn the stack's TransferQueueArn, returned in every answer; {@code ""} for none */
    public VanityService(VanityEngine engine, Optional<CallLog> callLog, int retentionDays, Clock clock, JsonLog log,
                         String transferQueueArn) {
        this.engine = engine;
        this.callLog = callLog;
        this.retention = Duration.ofDays(retentionDays);
        this.clock = clock;
        this.log = log;
        this.transferQueueArn = transferQueueArn;
    }

    public Map<String, String> answer(ConnectEvent event) {
        Optional<String> contactId = event.contactId();
        try {
            Optional<String> number = event.parameter("phone_number").or(event::customerAddress);
            if (number.isEmpty()) {
                return event.hasDetails()
                        ? invalid("The caller's number is withheld or missing (no CustomerEndpoint.Address).", contactId)
                        : error("The input is not an Amazon Connect ContactFlowEvent (no Details).");
            }
            // The flow's language parameter (Connect's $.LanguageCode), else a "language" contact attribute;
            // without either (or for a language we have no words for) the engine goes by the caller's country.
            String language = event.parameter("language").filter(tag -> VanityLanguage.fromTag(tag).isPresent())
                    .or(() -> event.attribute("language")).orElse(null);
            VanityResult result = engine.suggest(number.get(), language);
            contactId.ifPresent(id -> record(id, number.get(), result));
            return response(result);
        } catch (RuntimeException unexpected) {
            log.error("vanity lookup failed", Map.of("contactId", contactId.orElse("-"),
                    "error", unexpected.toString()));
            return error("Vanity lookup failed: " + unexpected.getClass().getSimpleName());
        }
    }

    /** Representative work for a SnapStart snapshot (every language's words loaded); never writes. */
    void prime() {
        for (VanityLanguage language : VanityLanguage.values()) {
            engine.suggest(PRIMING_NUMBER, language.ssmlLanguage());
        }
        callLog.ifPresent(log -> {
            try {
                log.history(PRIMING_NUMBER, 1, null);
            } catch (RuntimeException unreachable) {
                // Priming is best effort: the snapshot is still valid without a warm connection.
            }
        });
    }

    private void record(String contactId, String rawNumber, VanityResult result) {
        if (callLog.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String caller = result.e164() != null ? result.e164() : (rawNumber.isBlank() ? "anonymous" : rawNumber);
        CallRecord call = new CallRecord(contactId, caller, now, displays(result), result.status().name(),
                now.plus(retention), result.reason());
        try {
            boolean written = callLog.get().record(call);
            if (!written) {
                log.info("call already recorded (Connect retry)", Map.of("contactId", contactId));
            }
        } catch (RuntimeException dynamoFailure) {
            // The whole record goes to the log (caller unmasked): `switchboard recover-calls` writes it later.
            log.error(UnsavedCallLine.MESSAGE, UnsavedCallLine.fields(call, dynamoFailure.toString()));
        }
    }

    private Map<String, String> response(VanityResult result) {
        String prompt = result.status() == VanityStatus.OK ? VanityPrompt.forResult(result) : "";
        return response(result.status().name(), result.reason(), displays(result), prompt, result.language());
    }

    private Map<String, String> response(String status, String reason, List<String> displays, String prompt) {
        return response(status, reason, displays, prompt, VanityLanguage.ENGLISH);
    }

    /** Every answer carries every key, so the flow can copy them without a missing-key error branch. */
    private Map<String, String> response(String status, String reason, List<String> displays, String prompt,
                                         VanityLanguage language) {
        ConnectResponse response = new ConnectResponse()
                .putControl("status", status)
                .putControl("reason", reason)
                .putControl("count", Integer.toString(displays.size()));
        for (int i = 0; i < MAX_VANITY; i++) {
            response.putControl("vanity" + (i + 1), i < displays.size() ? displays.get(i) : "");
        }
        // Where the flow transfers when the contact names no queue: in every answer, errors included.
        // The language of the words and prompt, and the voice the flow switches to before playing it.
        response.putControl("language", language.ssmlLanguage()).putControl("voice", language.voice());
        return response.putControl("prompt_ssml", prompt).putControl("transfer_queue_arn", transferQueueArn).toMap();
    }

    private static List<String> displays(VanityResult result) {
        return result.candidates().stream().limit(MAX_VANITY).map(VanityCandidate::display).toList();
    }

    private Map<String, String> invalid(String reason, Optional<String> contactId) {
        log.info("no usable caller number", Map.of("contactId", contactId.orElse("-")));
        return response(VanityStatus.INVALID_NUMBER.name(), reason, List.of(), "");
    }

    private Map<String, String> error(String reason) {
        return response("ERROR", reason, List.of(), "");
    }
}
