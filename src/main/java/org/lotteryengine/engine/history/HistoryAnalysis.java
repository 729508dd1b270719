package org.lotteryengine.engine.history;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lotteryengine.engine.format.LotteryFormat;

/**
 * Everything the analysis of a draw history found.
 *
 * @param format the game
 * @param drawCount draws analysed
 * @param firstDraw date of the oldest draw, null without draws
 * @param lastDraw date of the newest draw, null without draws
 * @param groupedByObservation true when the groups follow observed frequencies; false when too few draws were stored
 *        and they follow the exact expected frequencies
 * @param patterns every feasible pattern, most frequent first (ties: larger class first)
 * @param groups hot, warm and cold
 * @param numbers every number of the game, ascending
 * @param hotNumbers the most frequent numbers
 * @param frequentPairs the most frequent pairs
 * @param frequentTriplets the most frequent triplets
 * @param numberFairness chi-square of the number counts against k/n of the draws each
 * @param patternFairness chi-square of the pattern counts against their class shares
 * @param settings the settings used
 */
public record HistoryAnalysis(LotteryFormat format, int drawCount, LocalDate firstDraw, LocalDate lastDraw,
        boolean groupedByObservation, List<PatternStats> patterns, Map<PatternGroup, GroupStats> groups,
        List<NumberStats> numbers, List<NumberStats> hotNumbers, List<CombinationStats> frequentPairs,
        List<CombinationStats> frequentTriplets, ChiSquareTest numberFairness, ChiSquareTest patternFairness,
        AnalysisSettings settings) {

    /** The statistics of one pattern, if it is feasible. */
    public Optional<PatternStats> pattern(String pattern) {
        return patterns.stream()
                .filter(stats -> stats.pattern()
                        .equals(pattern))
                .findFirst();
    }

    /** The group of a pattern: {@link PatternGroup#UNKNOWN} when it is in none. */
    public PatternGroup groupOf(String pattern) {
        return pattern(pattern).map(PatternStats::group)
                .orElse(PatternGroup.UNKNOWN);
    }
}
