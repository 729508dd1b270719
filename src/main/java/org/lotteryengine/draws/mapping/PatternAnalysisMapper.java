package org.lotteryengine.draws.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lotteryengine.draws.rest.dto.PatternAnalysisResponse;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.history.ChiSquareTest;
import org.lotteryengine.engine.history.CombinationStats;
import org.lotteryengine.engine.history.GroupStats;
import org.lotteryengine.engine.history.HistoryAnalysis;
import org.lotteryengine.engine.history.Lift;
import org.lotteryengine.engine.history.NumberStats;
import org.lotteryengine.engine.history.PatternGroup;
import org.lotteryengine.engine.history.PatternStats;
import org.lotteryengine.platform.codes.Codes;
import org.lotteryengine.platform.config.PatternGroupingConfig;

/**
 * Maps a history analysis to the spec's pattern-analysis response.
 */
public final class PatternAnalysisMapper {

    private PatternAnalysisMapper() {
    }

    public static PatternAnalysisResponse toResponse(String lotteryId, String lotteryType, HistoryAnalysis analysis,
            PatternGroupingConfig.PreferenceWeights weights, Instant computedAt) {
        double confidence = analysis.settings()
                .confidenceLevel();
        Map<String, PatternAnalysisResponse.Pattern> byPattern = new LinkedHashMap<>();
        for (PatternStats stats : analysis.patterns()) {
            byPattern.put(stats.pattern(), pattern(stats));
        }
        Map<String, PatternAnalysisResponse.Group> groups = new LinkedHashMap<>();
        for (PatternGroup group : List.of(PatternGroup.HOT, PatternGroup.WARM, PatternGroup.COLD)) {
            GroupStats stats = analysis.groups()
                    .get(group);
            groups.put(Codes.of(group), new PatternAnalysisResponse.Group(stats.patterns()
                    .stream()
                    .map(byPattern::get)
                    .toList(),
                    stats.patterns()
                            .size(),
                    stats.combinedFrequency(), percent(stats.observedShare()), percent(stats.expectedShare()),
                    efficiency(stats.liftAtLeast()), lift(stats.liftAtLeast()), liftsByTier(stats.liftByMatches()),
                    weight(group, weights)));
        }
        String notice = analysis.groupedByObservation() ? null
                : "Only %d draws are stored, fewer than the %d needed to group patterns by observation; groups follow the exact expected frequencies (class sizes) instead."
                        .formatted(analysis.drawCount(), analysis.settings()
                                .minimumDraws());
        return new PatternAnalysisResponse(lotteryType, lotteryId, computedAt, analysis.drawCount(),
                analysis.firstDraw(), analysis.lastDraw(), analysis.groupedByObservation() ? "observed" : "expected",
                notice, groups, List.copyOf(byPattern.values()), hotNumbers(analysis.hotNumbers()),
                new PatternAnalysisResponse.ProvenCombinations(analysis.frequentPairs()
                        .stream()
                        .map(PatternAnalysisMapper::pair)
                        .toList(),
                        analysis.frequentTriplets()
                                .stream()
                                .map(PatternAnalysisMapper::triplet)
                                .toList()),
                new PatternAnalysisResponse.Fairness(
                        chiSquare(analysis.numberFairness(), confidence, "number counts against k/n of the draws each"),
                        chiSquare(analysis.patternFairness(), confidence,
                                "pattern counts against their exact class shares")),
                notes(analysis));
    }

    private static List<String> notes(HistoryAnalysis analysis) {
        List<String> notes = new ArrayList<>();
        notes.add("A fair draw gives every combination the same chance: a pattern is frequent because it holds many"
                + " combinations (see expectedPercentage), and no pattern changes a ticket's odds.");
        notes.add("efficiency is measured: the mean share of a pattern's combinations that would have won against each"
                + " stored draw, divided by the exact rate of any combination. 1.0 means no effect; the interval says"
                + " how far chance alone could move it.");
        notes.add("preferenceWeight is the spec's efficiency multiplier, kept as a configurable preference of the"
                + " patternEfficiency score. It is not a measured effect.");
        if (analysis.patterns()
                .stream()
                .allMatch(pattern -> pattern.liftAtLeast() == null)) {
            notes.add("efficiency is not measured for games of more than 2,000,000 combinations.");
        }
        return notes;
    }

    private static double weight(PatternGroup group, PatternGroupingConfig.PreferenceWeights weights) {
        return switch (group) {
            case HOT -> weights.hot();
            case WARM -> weights.warm();
            case COLD -> weights.cold();
            case UNKNOWN -> weights.unknown();
        };
    }

    private static PatternAnalysisResponse.Pattern pattern(PatternStats stats) {
        return new PatternAnalysisResponse.Pattern(stats.pattern(), Codes.of(stats.group()), stats.frequency(),
                percent(stats.observedShare()), percent(stats.expectedShare()),
                stats.classSize(), efficiency(stats.liftAtLeast()), lift(stats.liftAtLeast()), liftsByTier(stats
                        .liftByMatches()),
                stats.lastSeen(), stats.averageGap());
    }

    /** Whether a lift was measured: not without stored draws (the engine's lift is NaN there). */
    private static boolean measured(Lift lift) {
        return lift != null && !Double.isNaN(lift.lift());
    }

    private static Double efficiency(Lift lift) {
        return measured(lift) ? lift.lift() : null;
    }

    /** The measured lift, or null; its verdict only with an interval. */
    private static PatternAnalysisResponse.Lift lift(Lift lift) {
        if (!measured(lift)) {
            return null;
        }
        return new PatternAnalysisResponse.Lift(lift.hitRate(), lift.baseRate(), lift.lift(), lift.low(), lift.high(),
                lift.confidenceLevel(), lift.low() == null ? null : lift.consistentWithNoEffect());
    }

    private static Map<String, PatternAnalysisResponse.Lift> liftsByTier(Map<Integer, Lift> lifts) {
        Map<String, PatternAnalysisResponse.Lift> byTier = new LinkedHashMap<>();
        lifts.forEach((matches, lift) -> byTier.put(LotteryFormat.tierName(matches), lift(lift)));
        return byTier;
    }

    /** The most drawn numbers; a number never drawn is not hot, so a game without draws lists none. */
    private static List<PatternAnalysisResponse.HotNumber> hotNumbers(List<NumberStats> numbers) {
        return numbers.stream()
                .filter(stats -> stats.frequency() > 0)
                .map(stats -> new PatternAnalysisResponse.HotNumber(stats.number(), stats.frequency(),
                        percent(stats.observedShare()), percent(stats.expectedShare()), stats.patternAssociation(),
                        stats.lastSeen(), stats.averageGap()))
                .toList();
    }

    private static PatternAnalysisResponse.Pair pair(CombinationStats stats) {
        return new PatternAnalysisResponse.Pair(stats.numbers(), stats.frequency(), percent(stats.observedShare()),
                percent(stats.expectedShare()), stats.lastSeen(), stats.associatedPatterns());
    }

    private static PatternAnalysisResponse.Triplet triplet(CombinationStats stats) {
        return new PatternAnalysisResponse.Triplet(stats.numbers(), stats.frequency(),
                percent(stats.observedShare()), percent(stats.expectedShare()), stats.lastSeen(),
                stats.associatedPatterns());
    }

    static PatternAnalysisResponse.ChiSquare chiSquare(ChiSquareTest test, double confidence, String what) {
        boolean significant = test.significantAt(confidence);
        String interpretation = String.format(Locale.ROOT,
                "Chi-square of %s: %.2f on %d degrees of freedom, p = %.4f. %s", what, test.statistic(),
                test.degreesOfFreedom(), test.pValue(),
                test.degreesOfFreedom() < 1
                        ? "Too few draws to test: with every count pooled into one category, there is nothing to compare."
                        : significant ? "Unusual for a fair game at the %.0f%% level.".formatted(confidence * 100)
                                : "Consistent with a fair game: no number or pattern stands out beyond chance.");
        return new PatternAnalysisResponse.ChiSquare(test.statistic(), test.degreesOfFreedom(), test.pValue(),
                significant, test.categories(), test.pooledCategories(), interpretation);
    }

    private static double percent(double share) {
        return share * 100;
    }
}
