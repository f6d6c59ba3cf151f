package io.switchboard.stack.sandbox.stepfunctions;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * An opaque nextToken: a position in an append-only list, bound to the listing it came from so a
 * token from another listing (or a made-up one) is rejected with InvalidToken, as AWS does.
 */
final class PageToken {
    private PageToken() {
    }

    static String encode(String listing, int position) {
        String raw = position + "|" + listing;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The position in {@code listing}, or {@code defaultPosition} when there is no token. */
    static int decode(String token, String listing, int defaultPosition) {
        if (token == null || token.isEmpty()) {
            return defaultPosition;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            if (bar > 0 && raw.substring(bar + 1).equals(listing)) {
                return Integer.parseInt(raw.substring(0, bar));
            }
        } catch (IllegalArgumentException e) {
            // falls through to InvalidToken
        }
        throw new SfnException("InvalidToken", "Invalid Token: '" + token + "'");
    }
}
