package org.lotteryengine.engine;

/**
 * Thrown from inside engine work that an {@link Interruption} stopped: whatever the work was computing is abandoned.
 */
public final class WorkStoppedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the work stopped. */
    public enum Reason {
        /** Its time limit passed. */
        DEADLINE,
        /** Its caller no longer wants the result (the session was deleted, the client went away). */
        ABANDONED
    }

    private final Reason reason;

    public WorkStoppedException(Reason reason) {
        super(reason == Reason.DEADLINE ? "the time limit passed" : "the work was abandoned", null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
