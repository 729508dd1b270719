package org.lotteryengine.engine.history;

import java.util.List;

/**
 * A pair or triplet of numbers seen together in draws ("proven" in the spec's words: observed, not predictive).
 *
 * @param numbers the numbers, ascending
 * @param frequency draws that held all of them
 * @param observedShare frequency / draws
 * @param expectedShare the exact probability that a draw holds all of them
 * @param lastSeen draws since they last came up together
 * @param associatedPatterns the patterns of those draws, most frequent first (at most 2)
 */
public record CombinationStats(List<Integer> numbers, int frequency, double observedShare, double expectedShare,
        Integer lastSeen, List<String> associatedPatterns) {
}
