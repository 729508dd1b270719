package org.lotteryengine.engine.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lotteryengine.engine.combinatorics.Binomial;
import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.format.LotteryFormat;
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
 * Lift is not measured for games of more than {@value #MAX_LIFT_COMBINATIONS} combinations (null). Counting and
 * grouping are here; the lift is {@link LiftCounter}'s, the fairness screens {@link FairnessTests}'.
 * <p>
 * Fairness: chi-square goodness-of-fit of number counts (expected k/n of the draws each; the draws of one number are
 * not quite multinomial, so this is the customary screen rather than an exact test) and of pattern counts (expected
 * their class shares; categories expected fewer than 5 times pooled). P-values come from Apache Commons Statistics.
 */
public final class HistoryAnalyzer {

    private static final int ASSOCIATED_PATTERNS_OF_NUMBER = 3;
    private static final int ASSOCIATED_PATTERNS_OF_COMBINATION = 2;
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
            boolean observed = PatternGrouping.observed(drawCount, settings);
            PatternGroup[] groupOfPattern = group(patternOccurrences);
            LiftCounter lifts = new LiftCounter(history, classes, groupOfPattern, settings);
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
                    FairnessTests.numbers(numberOccurrences, drawCount, k, n), FairnessTests.patterns(
                            patternOccurrences, drawCount, classes),
                    settings);
        }

        private double share(int count) {
            return drawCount == 0 ? 0 : (double) count / drawCount;
        }

        /** Hot, warm and cold, by observed frequency or, with too few draws, by class size. */
        private PatternGroup[] group(Occurrences occurrences) {
            double[] shares = new double[classes.size()];
            for (int p = 0; p < shares.length; p++) {
                shares[p] = classes.get(p)
                        .share();
            }
            return PatternGrouping.of(occurrences.count, shares, drawCount, settings);
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

    }
}
