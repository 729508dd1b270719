package org.lotteryengine.engine.history;

import java.util.List;

/**
 * A number's history.
 *
 * @param number the number
 * @param frequency draws that held it
 * @param observedShare frequency / draws
 * @param expectedShare k / n: its exact probability of being drawn
 * @param lastSeen draws since it was last drawn (0: in the latest draw), null if never
 * @param averageGap mean number of draws between consecutive appearances, null with fewer than two
 * @param patternAssociation the patterns of the draws that held it, most frequent first (at most 3)
 */
public record NumberStats(int number, int frequency, double observedShare, double expectedShare, Integer lastSeen,
        Double averageGap, List<String> patternAssociation) {
}
