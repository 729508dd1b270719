package org.lotteryengine.engine.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.apache.commons.statistics.distribution.TDistribution;
import org.lotteryengine.engine.combinatorics.Binomial;
import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.evaluation.NeighbourhoodWalk;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.MatchOdds;
import org.lotteryengine.engine.pattern.PatternCatalog;
import org.lotteryengine.engine.pattern.PatternClass;
import org.lotteryengine.engine.pattern.TensDigitPattern;

/**
 * Analyses a draw history (spec 5), with the truth beside every classification.
 * <p>
 * Counting: pattern, number, pair and triplet frequencies, when each was last seen and the mean gap between
 * appearances. Grouping: hot = the most frequent patterns, warm = the next ones, cold = the others whose share is
 * below a threshold; with too few draws, by class size instead.
 * <p>
 * Lift: for each stored draw D and each pattern p, the share of p's combinations that would have won against D (at
 * least m matches, and exactly m for each tier) is counted exactly, by walking D's neighbourhood and reading the
 * pattern of each combination from a table indexed by colex rank. The mean over the draws, divided by the exact
 * probability that one combination wins, is the lift; draws are independent, so a t interval over the per-draw shares
 * gives its confidence interval. In a fair game every set of combinations has expected lift exactly 1.
 * <p>
 * Lift is not measured for games of more than {@value #MAX_LIFT_COMBINATIONS} combinations (null).
 * <p>
 * Fairness: chi-square goodness-of-fit of number counts (expected k/n of the draws each; the draws of one number are
 * not quite multinomial, so this is the customary screen rather than an exact test) and of pattern counts (expected
 * their class shares; categories expected fewer than 5 times pooled). P-values come from Apache Commons Statistics.
 */
public final class HistoryAnalyzer {

    private static final int ASSOCIATED_PATTERNS_OF_NUMBER = 3;
    private static final int ASSOCIATED_PATTERNS_OF_COMBINATION = 2;
    private static final double MINIMUM_EXPECTED_COUNT = 5.0;
    /**
     * Lift is measured for games of up to this many combinations (a pattern table of 2 bytes each, and a neighbourhood
     * walk per stored draw); 5/35 and 5/37 have 324,632 and 435,897.
     */
    public static final long MAX_LIFT_COMBINATIONS = 2_000_000;

    private HistoryAnalyzer() {
    }

    public static HistoryAnalysis analyze(DrawHistory history, AnalysisSettings settings) {
        return new Run(history, settings).analyze();
    }

    /** The state of one analysis. */
    private static final class Run {
        private final DrawHistory history;
        private final AnalysisSettings settings;
        private final LotteryFormat format;
        private final int k;
        private final int n;
        private final int drawCount;
        private final PatternCatalog catalog;
        private final List<PatternClass> classes;
        private final Map<String, Integer> patternIndex = new LinkedHashMap<>();
        private final int[] drawPattern;

        Run(DrawHistory history, AnalysisSettings settings) {
            this.history = history;
            this.settings = settings;
            this.format = history.format();
            this.k = format.drawSize();
            this.n = format.poolSize();
            this.drawCount = history.size();
            this.catalog = PatternCatalog.of(format);
            this.classes = catalog.classes();
            for (int i = 0; i < classes.size(); i++) {
                patternIndex.put(classes.get(i)
                        .pattern(), i);
            }
            this.drawPattern = new int[drawCount];
            for (int d = 0; d < drawCount; d++) {
                drawPattern[d] = patternIndex.get(TensDigitPattern.ofMask(history.draws()
                        .get(d)
                        .mask(), format.numberMin()));
            }
        }

        HistoryAnalysis analyze() {
            Occurrences patternOccurrences = new Occurrences(classes.size());
            Occurrences numberOccurrences = new Occurrences(n);
            for (int d = 0; d < drawCount; d++) {
                patternOccurrences.add(drawPattern[d], d);
                for (int element : CombinationMasks.toElements(history.draws()
                        .get(d)
                        .mask())) {
                    numberOccurrences.add(element, d);
                }
            }
            boolean observed = drawCount >= settings.minimumDraws() && drawCount > 0;
            PatternGroup[] groupOfPattern = group(patternOccurrences, observed);
            LiftCounter lifts = new LiftCounter(groupOfPattern);
            lifts.run();

            List<PatternStats> patterns = new ArrayList<>();
            for (int p = 0; p < classes.size(); p++) {
                PatternClass patternClass = classes.get(p);
                patterns.add(new PatternStats(patternClass.pattern(), patternClass.size(), patternClass.share(),
                        patternOccurrences.count[p], share(patternOccurrences.count[p]),
                        patternOccurrences.lastSeen(p, drawCount), patternOccurrences.averageGap(p), groupOfPattern[p],
                        lifts.patternLift(p, -1), lifts.patternLiftByMatches(p)));
            }
            patterns.sort(Comparator.comparingInt(PatternStats::frequency)
                    .reversed()
                    .thenComparing(Comparator.comparingLong(PatternStats::classSize)
                            .reversed())
                    .thenComparing(PatternStats::pattern));

            Map<PatternGroup, GroupStats> groups = new EnumMap<>(PatternGroup.class);
            for (PatternGroup group : List.of(PatternGroup.HOT, PatternGroup.WARM, PatternGroup.COLD)) {
                List<String> members = patterns.stream()
                        .filter(stats -> stats.group() == group)
                        .map(PatternStats::pattern)
                        .toList();
                int frequency = patterns.stream()
                        .filter(stats -> stats.group() == group)
                        .mapToInt(PatternStats::frequency)
                        .sum();
                long size = lifts.groupSize[group.ordinal()];
                groups.put(group, new GroupStats(group, members, frequency, share(frequency), size,
                        (double) size / format.totalDraws(), lifts.groupLift(group, -1),
                        lifts.groupLiftByMatches(group)));
            }

            List<NumberStats> numbers = numberStats(numberOccurrences);
            List<NumberStats> hotNumbers = numbers.stream()
                    .sorted(Comparator.comparingInt(NumberStats::frequency)
                            .reversed()
                            .thenComparingInt(NumberStats::number))
                    .limit(settings.topNumbers())
                    .toList();
            return new HistoryAnalysis(format, drawCount, drawCount == 0 ? null
                    : history.draws()
                            .get(0)
                            .date(),
                    drawCount == 0 ? null
                            : history.draws()
                                    .get(drawCount - 1)
                                    .date(),
                    observed, List.copyOf(patterns), Collections.unmodifiableMap(groups), numbers, hotNumbers,
                    combinations(2, settings.topPairs()), combinations(3, settings.topTriplets()),
                    numberFairness(numberOccurrences), patternFairness(patternOccurrences), settings);
        }

        private double share(int count) {
            return drawCount == 0 ? 0 : (double) count / drawCount;
        }

        /** Hot, warm and cold, by observed frequency or, with too few draws, by class size. */
        private PatternGroup[] group(Occurrences occurrences, boolean observed) {
            Integer[] order = new Integer[classes.size()];
            for (int p = 0; p < order.length; p++) {
                order[p] = p;
            }
            // Classes are listed largest first, so index order breaks frequency ties by class size.
            Comparator<Integer> byFrequency = Comparator.comparingInt((Integer p) -> occurrences.count[p])
                    .reversed()
                    .thenComparingInt(p -> p);
            Arrays.sort(order, observed ? byFrequency : Comparator.naturalOrder());
            PatternGroup[] groups = new PatternGroup[classes.size()];
            Arrays.fill(groups, PatternGroup.UNKNOWN);
            int hot = 0;
            int warm = 0;
            for (int p : order) {
                // The spec's hot_pattern_minimum_frequency: a pattern seen fewer times is never called hot.
                boolean hotEligible = !observed || occurrences.count[p] >= settings.hotPatternMinimumFrequency();
                if (hotEligible && hot < settings.hotGroupSize()) {
                    groups[p] = PatternGroup.HOT;
                    hot++;
                } else if (warm < settings.warmGroupSize()) {
                    groups[p] = PatternGroup.WARM;
                    warm++;
                } else {
                    double share = observed ? share(occurrences.count[p])
                            : classes.get(p)
                                    .share();
                    if (share < settings.coldMaximumShare()) {
                        groups[p] = PatternGroup.COLD;
                    }
                }
            }
            return groups;
        }

        private List<NumberStats> numberStats(Occurrences occurrences) {
            int[][] patternsOfNumber = new int[n][classes.size()];
            for (int d = 0; d < drawCount; d++) {
                for (int element : CombinationMasks.toElements(history.draws()
                        .get(d)
                        .mask())) {
                    patternsOfNumber[element][drawPattern[d]]++;
                }
            }
            List<NumberStats> numbers = new ArrayList<>();
            for (int element = 0; element < n; element++) {
                numbers.add(new NumberStats(format.numberMin() + element, occurrences.count[element],
                        share(occurrences.count[element]), (double) k / n, occurrences.lastSeen(element, drawCount),
                        occurrences.averageGap(element),
                        topPatterns(patternsOfNumber[element], ASSOCIATED_PATTERNS_OF_NUMBER)));
            }
            return List.copyOf(numbers);
        }

        /** The most frequent pairs (size 2) or triplets (size 3). */
        private List<CombinationStats> combinations(int size, int top) {
            if (size > k || top == 0 || drawCount == 0) {
                return List.of();
            }
            int total = Math.toIntExact(Binomial.of(n, size));
            Occurrences occurrences = new Occurrences(total);
            for (int d = 0; d < drawCount; d++) {
                for (long subset : CombinationMasks.subsetsOf(history.draws()
                        .get(d)
                        .mask(), size)) {
                    occurrences.add((int) CombinationMasks.rank(subset), d);
                }
            }
            Integer[] order = new Integer[total];
            long[] lexicographic = new long[total];
            for (int i = 0; i < total; i++) {
                order[i] = i;
                lexicographic[i] = lexicographicKey(CombinationMasks.unrank(i, size));
            }
            Arrays.sort(order, Comparator.comparingInt((Integer i) -> occurrences.count[i])
                    .reversed()
                    .thenComparingLong(i -> lexicographic[i]));
            // Each of the C(n, size) combinations is in C(n - size, k - size) of the C(n, k) draws.
            double expected = (double) Binomial.of(n - size, k - size) / format.totalDraws();
            List<CombinationStats> result = new ArrayList<>();
            for (int i = 0; i < Math.min(top, total) && occurrences.count[order[i]] > 0; i++) {
                long mask = CombinationMasks.unrank(order[i], size);
                int[] patternCounts = new int[classes.size()];
                for (int d = 0; d < drawCount; d++) {
                    if ((history.draws()
                            .get(d)
                            .mask() & mask) == mask) {
                        patternCounts[drawPattern[d]]++;
                    }
                }
                List<Integer> numbers = new ArrayList<>();
                for (int number : format.numbersOf(mask)) {
                    numbers.add(number);
                }
                result.add(new CombinationStats(List.copyOf(numbers), occurrences.count[order[i]],
                        share(occurrences.count[order[i]]), expected, occurrences.lastSeen(order[i], drawCount),
                        topPatterns(patternCounts, ASSOCIATED_PATTERNS_OF_COMBINATION)));
            }
            return List.copyOf(result);
        }

        /**
         * A number that orders masks of one size by their elements in lexicographic order, the smallest element
         * first: the elements as digits in base 64 (at most 10 of them, within 60 bits).
         */
        private static long lexicographicKey(long mask) {
            long key = 0;
            for (int element : CombinationMasks.toElements(mask)) {
                key = key * 64 + element;
            }
            return key;
        }

        private List<String> topPatterns(int[] counts, int top) {
            Integer[] order = new Integer[counts.length];
            for (int p = 0; p < order.length; p++) {
                order[p] = p;
            }
            Arrays.sort(order, Comparator.comparingInt((Integer p) -> counts[p])
                    .reversed()
                    .thenComparingInt(p -> p));
            List<String> result = new ArrayList<>();
            for (int i = 0; i < Math.min(top, order.length) && counts[order[i]] > 0; i++) {
                result.add(classes.get(order[i])
                        .pattern());
            }
            return List.copyOf(result);
        }

        private ChiSquareTest numberFairness(Occurrences occurrences) {
            double[] expected = new double[n];
            Arrays.fill(expected, (double) drawCount * k / n);
            return chiSquare(occurrences.count, expected);
        }

        private ChiSquareTest patternFairness(Occurrences occurrences) {
            double[] expected = new double[classes.size()];
            for (int p = 0; p < expected.length; p++) {
                expected[p] = drawCount * classes.get(p)
                        .share();
            }
            return chiSquare(occurrences.count, expected);
        }

        /** Pools categories expected fewer than 5 times, then tests. */
        private static ChiSquareTest chiSquare(int[] observed, double[] expected) {
            List<double[]> categories = new ArrayList<>();
            double pooledObserved = 0;
            double pooledExpected = 0;
            int pooled = 0;
            for (int i = 0; i < observed.length; i++) {
                if (expected[i] < MINIMUM_EXPECTED_COUNT) {
                    pooledObserved += observed[i];
                    pooledExpected += expected[i];
                    pooled++;
                } else {
                    categories.add(new double[] { observed[i], expected[i] });
                }
            }
            if (pooled > 0 && pooledExpected > 0) {
                if (pooledExpected >= MINIMUM_EXPECTED_COUNT || categories.isEmpty()) {
                    categories.add(new double[] { pooledObserved, pooledExpected });
                } else {
                    // Still too small: merge into the category expected least often.
                    double[] smallest = Collections.min(categories, Comparator.comparingDouble(c -> c[1]));
                    smallest[0] += pooledObserved;
                    smallest[1] += pooledExpected;
                }
            }
            double statistic = 0;
            for (double[] category : categories) {
                double difference = category[0] - category[1];
                statistic += difference * difference / category[1];
            }
            int degrees = categories.size() - 1;
            double pValue = degrees < 1 ? 1.0
                    : ChiSquaredDistribution.of(degrees)
                            .survivalProbability(statistic);
            return new ChiSquareTest(statistic, degrees, pValue, categories.size(), pooled);
        }

        /** Exact per-draw win shares of every pattern's and group's combinations, for the lift. */
        private final class LiftCounter {
            private final PatternGroup[] groupOfPattern;
            private final int minimum;
            private final MatchOdds odds;
            /** Per pattern, per m (index k + 1 holds "at least minimum"): sum and sum of squares of shares. */
            private final double[][] patternSum;
            private final double[][] patternSquares;
            private final double[][] groupSum;
            private final double[][] groupSquares;
            private final long[] groupSize = new long[PatternGroup.values().length];

            LiftCounter(PatternGroup[] groupOfPattern) {
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
                long largest = 0;
                for (int m = minimum; m <= k; m++) {
                    largest = Math.max(largest, odds.ways(m));
                }
                int[] ranks = new int[Math.toIntExact(largest)];
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
                return format.totalDraws() <= MAX_LIFT_COMBINATIONS;
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
    }

    /** How often each item occurred, when first and last. */
    private static final class Occurrences {
        final int[] count;
        final int[] first;
        final int[] last;

        Occurrences(int items) {
            count = new int[items];
            first = new int[items];
            last = new int[items];
            Arrays.fill(first, -1);
        }

        void add(int item, int drawIndex) {
            if (count[item] == 0) {
                first[item] = drawIndex;
            }
            count[item]++;
            last[item] = drawIndex;
        }

        Integer lastSeen(int item, int drawCount) {
            return count[item] == 0 ? null : drawCount - 1 - last[item];
        }

        Double averageGap(int item) {
            return count[item] < 2 ? null : (double) (last[item] - first[item]) / (count[item] - 1);
        }
    }
}
