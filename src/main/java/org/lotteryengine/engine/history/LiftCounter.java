package org.lotteryengine.engine.history;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.statistics.distribution.TDistribution;
import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.combinatorics.Neighbourhood;
import org.lotteryengine.engine.evaluation.NeighbourhoodWalk;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.MatchOdds;
import org.lotteryengine.engine.pattern.PatternClass;

/** Exact per-draw win shares of every pattern's and group's combinations, for the lift. */
final class LiftCounter {
    private final DrawHistory history;
    private final AnalysisSettings settings;
    private final LotteryFormat format;
    private final List<PatternClass> classes;
    private final int k;
    private final int n;
    private final int drawCount;
    private final PatternGroup[] groupOfPattern;
    private final int minimum;
    private final MatchOdds odds;
    /** Per pattern, per m (index k + 1 holds "at least minimum"): sum and sum of squares of shares. */
    private final double[][] patternSum;
    private final double[][] patternSquares;
    private final double[][] groupSum;
    private final double[][] groupSquares;
    /** Per group, how many combinations its patterns have. */
    final long[] groupSize = new long[PatternGroup.values().length];

    LiftCounter(DrawHistory history, List<PatternClass> classes, PatternGroup[] groupOfPattern,
            AnalysisSettings settings) {
        this.history = history;
        this.settings = settings;
        this.format = history.format();
        this.classes = classes;
        this.k = format.drawSize();
        this.n = format.poolSize();
        this.drawCount = history.size();
        this.groupOfPattern = groupOfPattern;
        this.minimum = Math.min(settings.liftMinimumMatches(), k);
        this.odds = MatchOdds.of(format);
        this.patternSum = new double[classes.size()][k + 2];
        this.patternSquares = new double[classes.size()][k + 2];
        this.groupSum = new double[PatternGroup.values().length][k + 2];
        this.groupSquares = new double[PatternGroup.values().length][k + 2];
        for (int p = 0; p < classes.size(); p++) {
            groupSize[groupOfPattern[p].ordinal()] += classes.get(p)
                    .size();
        }
    }

    void run() {
        if (drawCount == 0 || !measured()) {
            return;
        }
        short[] patternOfRank = patternOfEveryCombination();
        long pool = CombinationMasks.pool(n);
        NeighbourhoodWalk walk = new NeighbourhoodWalk(n, k, minimum);
        int[] ranks = new int[Math.toIntExact(Neighbourhood.largestLayer(n, k, minimum))];
        int[][] hits = new int[classes.size()][k + 2];
        int[][] groupHits = new int[PatternGroup.values().length][k + 2];
        // Per tier, hits per pattern of the current draw: the only counters the hot loop touches.
        int[][] hitsByMatches = new int[k + 1][classes.size()];
        for (DrawRecord draw : history.draws()) {
            for (int[] row : hits) {
                Arrays.fill(row, 0);
            }
            for (int m = minimum; m <= k; m++) {
                int count = walk.walk(draw.mask(), pool, m, ranks);
                int[] column = hitsByMatches[m];
                for (int i = 0; i < count; i++) {
                    column[patternOfRank[ranks[i]]]++;
                }
            }
            // Totals over tiers and groups are derived from the per-pattern counts, outside the hot loop.
            for (int[] row : groupHits) {
                Arrays.fill(row, 0);
            }
            for (int p = 0; p < classes.size(); p++) {
                int atLeast = 0;
                int g = groupOfPattern[p].ordinal();
                for (int m = minimum; m <= k; m++) {
                    int value = hitsByMatches[m][p];
                    hits[p][m] = value;
                    atLeast += value;
                    groupHits[g][m] += value;
                    hitsByMatches[m][p] = 0;
                }
                hits[p][k + 1] = atLeast;
                groupHits[g][k + 1] += atLeast;
                accumulate(patternSum[p], patternSquares[p], hits[p], classes.get(p)
                        .size());
            }
            for (int g = 0; g < groupSize.length; g++) {
                if (groupSize[g] > 0) {
                    accumulate(groupSum[g], groupSquares[g], groupHits[g], groupSize[g]);
                }
            }
        }
    }

    private void accumulate(double[] sum, double[] squares, int[] hitsOfDraw, long size) {
        for (int m = minimum; m <= k + 1; m++) {
            double share = (double) hitsOfDraw[m] / size;
            sum[m] += share;
            squares[m] += share * share;
        }
    }

    /** The pattern index of every combination, by colex rank. */
    private short[] patternOfEveryCombination() {
        int total = Math.toIntExact(format.totalDraws());
        short[] table = new short[total];
        int firstDecade = format.numberMin() / 10;
        int decades = format.numberMax() / 10 - firstDecade + 1;
        long[] decadeMasks = new long[decades];
        for (int element = 0; element < n; element++) {
            decadeMasks[(format.numberMin() + element) / 10 - firstDecade] |= 1L << element;
        }
        // A pattern is its count of numbers per decade: key them in base k + 1, at most 11^7 keys.
        int keys = 1;
        for (int d = 0; d < decades; d++) {
            keys *= k + 1;
        }
        int[] patternOfKey = new int[keys];
        for (int p = 0; p < classes.size(); p++) {
            String pattern = classes.get(p)
                    .pattern();
            int key = 0;
            for (int d = decades - 1; d >= 0; d--) {
                char digit = Character.forDigit(firstDecade + d, 10);
                key = key * (k + 1) + (int) pattern.chars()
                        .filter(c -> c == digit)
                        .count();
            }
            patternOfKey[key] = p;
        }
        long mask = CombinationMasks.first(k);
        for (int rank = 0; rank < total; rank++) {
            int key = 0;
            for (int d = decades - 1; d >= 0; d--) {
                key = key * (k + 1) + Long.bitCount(mask & decadeMasks[d]);
            }
            table[rank] = (short) patternOfKey[key];
            mask = CombinationMasks.next(mask);
        }
        return table;
    }

    boolean measured() {
        return format.totalDraws() <= HistoryAnalyzer.MAX_LIFT_COMBINATIONS;
    }

    /** Lift of pattern p for exactly m matches, or for at least the minimum when m is -1; null if not measured. */
    Lift patternLift(int p, int m) {
        if (!measured()) {
            return null;
        }
        int index = m < 0 ? k + 1 : m;
        return lift(patternSum[p][index], patternSquares[p][index], m);
    }

    Map<Integer, Lift> patternLiftByMatches(int p) {
        Map<Integer, Lift> byMatches = new LinkedHashMap<>();
        if (!measured()) {
            return byMatches;
        }
        for (int m = k; m >= minimum; m--) {
            byMatches.put(m, patternLift(p, m));
        }
        return byMatches;
    }

    Lift groupLift(PatternGroup group, int m) {
        if (groupSize[group.ordinal()] == 0 || !measured()) {
            return null;
        }
        int index = m < 0 ? k + 1 : m;
        return lift(groupSum[group.ordinal()][index], groupSquares[group.ordinal()][index], m);
    }

    Map<Integer, Lift> groupLiftByMatches(PatternGroup group) {
        Map<Integer, Lift> byMatches = new LinkedHashMap<>();
        if (groupSize[group.ordinal()] == 0 || !measured()) {
            return byMatches;
        }
        for (int m = k; m >= minimum; m--) {
            byMatches.put(m, groupLift(group, m));
        }
        return byMatches;
    }

    private Lift lift(double sum, double squares, int m) {
        double base = m < 0 ? odds.probabilityAtLeast(minimum) : odds.probability(m);
        if (drawCount == 0 || base == 0) {
            return new Lift(0, base, Double.NaN, null, null, settings.confidenceLevel());
        }
        double mean = sum / drawCount;
        if (drawCount < 2) {
            return new Lift(mean, base, mean / base, null, null, settings.confidenceLevel());
        }
        double variance = Math.max(0, (squares - drawCount * mean * mean) / (drawCount - 1));
        double quantile = TDistribution.of(drawCount - 1)
                .inverseCumulativeProbability((1 + settings.confidenceLevel()) / 2);
        double half = quantile * Math.sqrt(variance / drawCount);
        return new Lift(mean, base, mean / base, (mean - half) / base, (mean + half) / base,
                settings.confidenceLevel());
    }
}
