package io.switchboard.lambdas.demo;

import java.util.Map;

/**
 * The demo slow function's configuration, read once from its environment.
 *
 * @param delayMillis how long a lookup takes unless the caller asks otherwise ({@code DELAY_MS}, default 4000)
 */
public record SlowLookupConfig(long delayMillis) {
    public static final long DEFAULT_DELAY_MS = 4_000;
    /** A lookup never sleeps longer than this, whatever the environment or the caller asks. */
    public static final long MAX_DELAY_MS = 60_000;

    public static SlowLookupConfig from(Map<String, String> environment) {
        String delay = environment.getOrDefault("DELAY_MS", "").strip();
        if (delay.isEmpty()) {
            return new SlowLookupConfig(DEFAULT_DELAY_MS);
        }
        return new SlowLookupConfig(parseDelay("DELAY_MS", delay));
    }

    /** A delay in milliseconds between 0 and {@link #MAX_DELAY_MS}; larger values are capped. */
    static long parseDelay(String name, String raw) {
        long millis;
        try {
            millis = Long.parseLong(raw.strip());
        } catch (NumberFormatException notANumber) {
            millis = -1;
        }
        if (millis < 0) {
            throw new IllegalArgumentException(name + " must be a whole number of milliseconds (0 or more), was '" + raw + "'");
        }
        return Math.min(millis, MAX_DELAY_MS);
    }
}
