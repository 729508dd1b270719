package org.lotteryengine.engine.history;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The rule that puts patterns into hot, warm and cold groups (spec 5.2), for every kind of game: the most frequent
 * patterns are hot, the next warm, and of the rest those rarer than the cold share are cold; with fewer draws than
 * {@link AnalysisSettings#minimumDraws()} the order is the exact class size instead of the observed frequency.
 */
public final class PatternGrouping {

    private PatternGrouping() {
    }

    /** Whether a history of this many draws is long enough for groups from observed frequencies. */
    public static boolean observed(int draws, AnalysisSettings settings) {
        return draws >= settings.minimumDraws() && draws > 0;
    }

    /**
     * The group of each pattern.
     *
     * @param counts how often each pattern was drawn, patterns listed largest class first (ties by pattern), so that
     *        index order breaks frequency ties by class size
     * @param classShares each pattern's exact share of all draws, in the same order
     * @param draws the draws counted
     */
    public static PatternGroup[] of(int[] counts, double[] classShares, int draws, AnalysisSettings settings) {
        boolean observed = observed(draws, settings);
        Integer[] order = new Integer[counts.length];
        for (int p = 0; p < order.length; p++) {
            order[p] = p;
        }
        Comparator<Integer> byFrequency = Comparator.comparingInt((Integer p) -> counts[p])
                .reversed()
                .thenComparingInt(p -> p);
        Arrays.sort(order, observed ? byFrequency : Comparator.naturalOrder());
        PatternGroup[] groups = new PatternGroup[counts.length];
        Arrays.fill(groups, PatternGroup.UNKNOWN);
        int hot = 0;
        int warm = 0;
        for (int p : order) {
            // The spec's hot_pattern_minimum_frequency: a pattern seen fewer times is never called hot.
            boolean hotEligible = !observed || counts[p] >= settings.hotPatternMinimumFrequency();
            if (hotEligible && hot < settings.hotGroupSize()) {
                groups[p] = PatternGroup.HOT;
                hot++;
            } else if (warm < settings.warmGroupSize()) {
                groups[p] = PatternGroup.WARM;
                warm++;
            } else {
                double share = observed ? (double) counts[p] / draws : classShares[p];
                if (share < settings.coldMaximumShare()) {
                    groups[p] = PatternGroup.COLD;
                }
            }
        }
        return groups;
    }
}
