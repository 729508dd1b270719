package org.lotteryengine.engine.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.pattern.PatternCatalog;
import org.lotteryengine.engine.pattern.TensDigitPattern;

/**
 * What a bonus game's draw history shows: how often each main number, each bonus number and each pattern string of
 * the main numbers was drawn, beside how often a fair game would have drawn it in as many draws, and a chi-square
 * screen of each of the three. Pattern strings stay on the main numbers. Hot, warm and cold groups and their measured
 * lift are built for k-of-n games only so far.
 *
 * @param draws the draws analysed
 * @param mainNumbers every main number, ascending
 * @param bonusNumbers every bonus number, ascending (a same-drum game's: every ball, as the bonus ball)
 * @param patterns every feasible pattern string of the main numbers, ascending
 */
public record BonusHistoryAnalysis(int draws, List<NumberCount> mainNumbers, List<NumberCount> bonusNumbers,
        List<PatternCount> patterns, ChiSquareTest mainFairness, ChiSquareTest bonusFairness,
        ChiSquareTest patternFairness) {

    /** A number drawn {@code observed} times, where a fair game expects {@code expected}. */
    public record NumberCount(int number, int observed, double expected) {
    }

    /**
     * A pattern string drawn {@code observed} times, where a fair game expects {@code expected}.
     *
     * @param share the pattern's exact share of all C(n, k) main draws
     */
    public record PatternCount(String pattern, int observed, double expected, double share) {
    }

    public static BonusHistoryAnalysis of(BonusGame game, List<BonusDraw> draws) {
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
        List<PatternCount> patterns = new ArrayList<>(sizes.size());
        int p = 0;
        for (Map.Entry<String, Long> pattern : sizes.entrySet()) {
            patternObserved[p] = patternCounts.getOrDefault(pattern.getKey(), 0);
            double share = pattern.getValue() / mainDraws;
            patternExpected[p] = draws.size() * share;
            patterns.add(new PatternCount(pattern.getKey(), patternObserved[p], patternExpected[p], share));
            p++;
        }
        int[] bonusObserved = BonusFairness.observedBonus(game, draws);
        double[] bonusExpected = BonusFairness.expectedBonus(game, draws);
        return new BonusHistoryAnalysis(draws.size(), counts(game.mainMin(), main, mainExpected), counts(game
                .bonusMin(), bonusObserved, bonusExpected), List.copyOf(patterns), FairnessTests.chiSquare(main,
                        mainExpected),
                FairnessTests.chiSquare(bonusObserved, bonusExpected), FairnessTests.chiSquare(patternObserved,
                        patternExpected));
    }

    private static List<NumberCount> counts(int first, int[] observed, double[] expected) {
        List<NumberCount> counts = new ArrayList<>(observed.length);
        for (int i = 0; i < observed.length; i++) {
            counts.add(new NumberCount(first + i, observed[i], expected[i]));
        }
        return List.copyOf(counts);
    }
}
