package org.lotteryengine.engine.history;

import java.util.Map;

/**
 * A pattern's history.
 *
 * @param pattern the pattern string
 * @param classSize combinations having it
 * @param expectedShare classSize / C(n, k): its exact probability
 * @param frequency draws that had it
 * @param observedShare frequency / draws
 * @param lastSeen draws since it last came up (0: in the latest draw), null if never
 * @param averageGap mean number of draws between consecutive occurrences, null with fewer than two
 * @param group its group
 * @param liftAtLeast measured lift for at least the minimum matches
 * @param liftByMatches measured lift for exactly m matches, for each m from the minimum to k
 */
public record PatternStats(String pattern, long classSize, double expectedShare, int frequency, double observedShare,
        Integer lastSeen, Double averageGap, PatternGroup group, Lift liftAtLeast, Map<Integer, Lift> liftByMatches) {
}
