package org.lotteryengine.engine.generation;

/**
 * How far a generation met its request (spec 2.1 GeneratedTicketSet.status).
 */
public enum GenerationStatus {

    /** Every threshold holds. */
    SUCCESS,
    /** The quality gate holds but some threshold does not, or the client cancelled the run (user_override). */
    PARTIAL,
    /** The best set found is below the quality gate; it is returned with the reasons and suggestions. */
    FALLBACK,
    /** No set could be built. */
    FAILED;

    /** A set the client asked for: success or partial. */
    public boolean met() {
        return this == SUCCESS || this == PARTIAL;
    }
}
