package org.lotteryengine.engine.evaluation;

/**
 * Takes an exact enumeration's figure for some draws: a value (a payout, a count of winning tickets, or packed
 * counts) and how many draws give it.
 */
@FunctionalInterface
public interface DrawCounts {

    void add(long value, long draws);
}
