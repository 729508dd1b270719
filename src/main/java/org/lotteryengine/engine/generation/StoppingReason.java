package org.lotteryengine.engine.generation;

/**
 * Why the attempt loop stopped (spec 2.1 GenerationMetadata.stoppingReason).
 */
public enum StoppingReason {

    /** Every pattern-grouping threshold holds. */
    PATTERN_THRESHOLDS,
    /** Every traditional quality threshold holds. */
    QUALITY_THRESHOLDS,
    /** The attempt budget is spent. */
    MAX_ATTEMPTS,
    /** The time limit passed. */
    TIMEOUT,
    /** The best score stopped improving for the stall threshold's attempts. */
    QUALITY_STALL,
    /** The client cancelled, or the run was abandoned. */
    USER_OVERRIDE,
    /**
     * No search ran for this request: the set is a relabelling of the design library's stored design for its key,
     * whose search stopped earlier for one of the other reasons.
     */
    STORED_DESIGN
}
