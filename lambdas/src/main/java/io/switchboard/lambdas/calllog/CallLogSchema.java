package io.switchboard.lambdas.calllog;

/**
 * Attribute and index names of the call log table — the single source the handler, the tests, the
 * sandbox and the template checks share. Design: docs/decisions/0002-call-log-keys.md.
 */
public final class CallLogSchema {
    public static final String CONTACT_ID = "contact_id";
    public static final String CALLER = "caller";
    public static final String DAY = "day";
    public static final String CALLED_AT = "called_at";
    public static final String VANITY = "vanity";
    public static final String STATUS = "status";
    public static final String EXPIRES_AT = "expires_at";
    /** Why the status is what it is, for people; absent on calls recorded before it was kept. */
    public static final String REASON = "reason";

    /**
     * The one item that lists the UTC days holding calls (a string set in {@link #DAYS}), so "latest
     * calls" queries only those days instead of every day of the retention window. It has no
     * {@link #DAY} or {@link #CALLER}, so it is in neither index. A ContactId never starts with '#'.
     */
    public static final String DAYS_MARKER_ID = "#days";
    public static final String DAYS = "days";

    /** GSI: partition {@link #CALLER}, sort {@link #CALLED_AT} — one caller's history. */
    public static final String BY_CALLER_INDEX = "by-caller";
    /** GSI: partition {@link #DAY}, sort {@link #CALLED_AT} — the newest calls across all callers. */
    public static final String BY_DAY_INDEX = "by-day";

    private CallLogSchema() {
    }
}
