package org.lotteryengine.engine.generation;

/**
 * How one ticket was built (spec GenerationMetadata.strategyDistribution). Whatever the way, a ticket keeps the
 * pattern its quota slot asked for.
 */
public enum TicketStrategy {

    /** Built on a frequent pair of the history. */
    HOT_PAIR,
    /** Built on a frequent ("proven") triplet of the history. */
    TRIPLET_FOUNDATION,
    /** Contains a run of consecutive numbers. */
    CONSECUTIVE_ENHANCED,
    /** Pattern-to-numbers with the strategy's hot-number bias (aggressive 0.9, balanced 0.7, conservative 0.5). */
    PATTERN_SPECIFIC,
    /** Pattern-to-numbers spread evenly over each decade, without hot-number bias. */
    BALANCED_RANGE;

}
