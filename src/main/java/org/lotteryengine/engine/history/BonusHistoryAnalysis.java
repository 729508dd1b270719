package org.lotteryengine.engine.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.pattern.PatternCatalog;
import org.lotteryengine.engine.pattern.TensDigitPattern;

/**
 * What a bonus game's draw history shows: how often each main number, each bonus number and each pattern string of
 * the main numbers was drawn, beside how often a fair game would have drawn it in as many draws, and a chi-square
 * screen of each of the three. Pattern strings stay on the main numbers, and are grouped hot, warm and cold by the rule
 * of k-of-n games ({@link PatternGrouping}); their measured lift is built for k-of-n games only so far.
 *
 * @param draws the draws analysed
 * @param mainNumbers every main number, ascending
 * @param bonusNumbers every bonus number, ascending (a same-drum game's: every ball, as the bonus ball)
 * @param patterns every feasible pattern string of the main numbers, ascending
 * @param groupedByObservation whether the groups come from observed frequencies (enough draws) or from class sizes
 */
public record BonusHistoryAnalysis(int draws, List<NumberCount> mainNumbers, List<NumberCount> bonusNumbers,
        List<PatternCount> patterns, boolean groupedByObservation, ChiSquareTest mainFairness,
        ChiSquareTest bonusFairness, ChiSquareTest patternFairness) {

    /** A number drawn {@code observed} times, where a fair game expects {@code expected}. */
    public record NumberCount(int number, int observed, double expected) {
    }

    /**
     * A pattern string drawn {@code observed} times, where a fair game expects {@code expected}.
     *
     * @param classSize how many of the C(n, k) main draws have it
     * @param share the pattern's exact share of all C(n, k) main draws
     * @param group its group
     */
    public record PatternCount(String pattern, int observed, double expected, long classSize, double share,
            PatternGroup group) {
    }

    public static BonusHistoryAnalysis of(BonusGame game, List<BonusDraw> draws, AnalysisSettings settings) {
        int n = game.mainPoolSize();
        int[] main = new int[n];
        Map<String, Integer> patternCounts = new HashMap<>();
        for (BonusDraw draw : draws) {
            for (int number : draw.main()) {
                main[number - game.mainMin()]++;
            }
            patternCounts.merge(TensDigitPattern.of(draw.main()), 1, Integer::sum);
        }
        double[] mainExpected = new double[n];
        Arrays.fill(mainExpected, (double) draws.size() * game.mainDrawn() / n);

        Map<String, Long> sizes = PatternCatalog.sizesOf(game.mainMin(), game.mainMax(), game.mainDrawn());
        double mainDraws = game.mainDraws();
        int[] patternObserved = new int[sizes.size()];
        double[] patternExpected = new double[sizes.size()];
        List<String> names = new ArrayList<>(sizes.keySet());
        int p = 0;
        for (String pattern : names) {
            patternObserved[p] = patternCounts.getOrDefault(pattern, 0);
            patternExpected[p] = draws.size() * (sizes.get(pattern) / mainDraws);
            p++;
        }
        PatternGroup[] groups = groups(names, sizes, patternObserved, mainDraws, draws.size(), settings);
        List<PatternCount> patterns = new ArrayList<>(sizes.size());
        for (p = 0; p < names.size(); p++) {
            String pattern = names.get(p);
            patterns.add(new PatternCount(pattern, patternObserved[p], patternExpected[p], sizes.get(pattern), sizes
                    .get(pattern) / mainDraws, groups[p]));
        }
        int[] bonusObserved = BonusFairness.observedBonus(game, draws);
        double[] bonusExpected = BonusFairness.expectedBonus(game, draws);
        return new BonusHistoryAnalysis(draws.size(), counts(game.mainMin(), main, mainExpected), counts(game
                .bonusMin(), bonusObserved, bonusExpected), List.copyOf(patterns), PatternGrouping.observed(
                        draws
                                .size(),
                        settings),
                FairnessTests.chiSquare(main,
                        mainExpected),
                FairnessTests.chiSquare(bonusObserved, bonusExpected), FairnessTests.chiSquare(patternObserved,
                        patternExpected));
    }

    /** The groups of patterns listed ascending, through the grouping's order: largest class first, ties by pattern. */
    private static PatternGroup[] groups(List<String> names, Map<String, Long> sizes, int[] observed,
            double mainDraws, int draws, AnalysisSettings settings) {
        Integer[] byClass = new Integer[names.size()];
        for (int p = 0; p < byClass.length; p++) {
            byClass[p] = p;
        }
        Arrays.sort(byClass, Comparator.comparingLong((Integer p) -> sizes.get(names.get(p)))
                .reversed()
                .thenComparing(names::get));
        int[] counts = new int[byClass.length];
        double[] shares = new double[byClass.length];
        for (int i = 0; i < byClass.length; i++) {
            counts[i] = observed[byClass[i]];
            shares[i] = sizes.get(names.get(byClass[i])) / mainDraws;
        }
        PatternGroup[] inClassOrder = PatternGrouping.of(counts, shares, draws, settings);
        PatternGroup[] groups = new PatternGroup[byClass.length];
        for (int i = 0; i < byClass.length; i++) {
            groups[byClass[i]] = inClassOrder[i];
        }
        return groups;
    }

    private static List<NumberCount> counts(int first, int[] observed, double[] expected) {
        List<NumberCount> counts = new ArrayList<>(observed.length);
        for (int i = 0; i < observed.length; i++) {
            counts.add(new NumberCount(first + i, observed[i], expected[i]));
        }
        return List.copyOf(counts);
    }
}
