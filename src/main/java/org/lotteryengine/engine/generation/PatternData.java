package org.lotteryengine.engine.generation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.history.BonusHistoryAnalysis;
import org.lotteryengine.engine.history.CombinationStats;
import org.lotteryengine.engine.history.HistoryAnalysis;
import org.lotteryengine.engine.history.NumberStats;
import org.lotteryengine.engine.history.PatternGroup;
import org.lotteryengine.engine.history.PatternStats;

/**
 * What generation takes from a game's history analysis: each pattern's group and weight, the hot numbers, frequent
 * pairs and triplets (as masks of the format).
 *
 * @param groupOf the group of every feasible pattern
 * @param weightOf how often to choose each pattern within its group: observed frequency (at least 1) when the groups
 *        are observed, class size otherwise
 * @param hotNumbers hot numbers, most frequent first
 * @param frequentPairs frequent pairs, as masks
 * @param provenTriplets frequent triplets, as masks
 */
public record PatternData(Map<String, PatternGroup> groupOf, Map<String, Long> weightOf, List<Integer> hotNumbers,
        List<Long> frequentPairs, List<Long> provenTriplets) {

    public static PatternData from(HistoryAnalysis analysis) {
        LotteryFormat format = analysis.format();
        Map<String, PatternGroup> groups = new HashMap<>();
        Map<String, Long> weights = new HashMap<>();
        for (PatternStats stats : analysis.patterns()) {
            groups.put(stats.pattern(), stats.group());
            weights.put(stats.pattern(), analysis.groupedByObservation() ? Math.max(1, stats.frequency())
                    : stats.classSize());
        }
        List<Integer> hot = analysis.hotNumbers()
                .stream()
                .map(NumberStats::number)
                .toList();
        return new PatternData(groups, weights, hot, masks(format, analysis.frequentPairs()),
                masks(format, analysis.frequentTriplets()));
    }

    /**
     * A bonus game's main-number patterns: groups and weights by the same rule as {@link #from(HistoryAnalysis)}.
     * Hot numbers, pairs and triplets stay empty: bonus game tickets are not built on them.
     */
    public static PatternData from(BonusHistoryAnalysis analysis) {
        Map<String, PatternGroup> groups = new HashMap<>();
        Map<String, Long> weights = new HashMap<>();
        for (BonusHistoryAnalysis.PatternCount pattern : analysis.patterns()) {
            groups.put(pattern.pattern(), pattern.group());
            weights.put(pattern.pattern(), analysis.groupedByObservation() ? Math.max(1, pattern.observed())
                    : pattern.classSize());
        }
        return new PatternData(groups, weights, List.of(), List.of(), List.of());
    }

    private static List<Long> masks(LotteryFormat format, List<CombinationStats> combinations) {
        List<Long> masks = new ArrayList<>();
        for (CombinationStats stats : combinations) {
            long mask = 0;
            for (int number : stats.numbers()) {
                mask |= 1L << (number - format.numberMin());
            }
            masks.add(mask);
        }
        return List.copyOf(masks);
    }

    /** The patterns of a group, most weighted first. */
    public List<String> patternsOf(PatternGroup group) {
        return groupOf.entrySet()
                .stream()
                .filter(entry -> entry.getValue() == group)
                .map(Map.Entry::getKey)
                .sorted((a, b) -> {
                    int byWeight = Long.compare(weightOf.get(b), weightOf.get(a));
                    return byWeight != 0 ? byWeight : a.compareTo(b);
                })
                .toList();
    }
}
