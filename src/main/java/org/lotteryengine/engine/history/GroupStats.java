package org.lotteryengine.engine.history;

import java.util.List;
import java.util.Map;

/**
 * A pattern group's history.
 *
 * @param group which group
 * @param patterns its patterns, most frequent first
 * @param combinedFrequency draws whose pattern is in the group
 * @param observedShare combinedFrequency / draws
 * @param classSize combinations whose pattern is in the group
 * @param expectedShare classSize / C(n, k): the exact probability of a draw in the group
 * @param liftAtLeast measured lift of the group's combinations for at least the minimum matches
 * @param liftByMatches measured lift for exactly m matches
 */
public record GroupStats(PatternGroup group, List<String> patterns, int combinedFrequency, double observedShare,
        long classSize, double expectedShare, Lift liftAtLeast, Map<Integer, Lift> liftByMatches) {
}
