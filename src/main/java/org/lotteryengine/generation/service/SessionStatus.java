package org.lotteryengine.generation.service;

/**
 * The states of a session ({@code user_sessions.status}, and {@code sessionStatus} in the API). The SQL of
 * SessionResultRepository, LotteryConfigurationRepository and SessionCleanupJob names {@code 'active'} too.
 */
public enum SessionStatus {
    /** Queued or running on some replica. */
    ACTIVE("active"),
    /** Its set is stored. */
    COMPLETED("completed"),
    /** It ended without a set. */
    FAILED("failed"),
    /** Stopped by its owner; the best set so far is stored. */
    CANCELLED("cancelled"),
    /** Its replica stopped before it ended; nothing is stored. Final. */
    INTERRUPTED("interrupted");

    private final String wireName;

    SessionStatus(String wireName) {
        this.wireName = wireName;
    }

    /** The name stored and shown. */
    public String wireName() {
        return wireName;
    }

    /** The status of a stored name. */
    public static SessionStatus of(String wireName) {
        for (SessionStatus status : values()) {
            if (status.wireName.equals(wireName)) {
                return status;
            }
        }
        throw new IllegalArgumentException("not a session status: " + wireName);
    }
}
