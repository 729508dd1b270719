package org.lotteryengine.engine.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.lotteryengine.engine.pattern.PatternClass;

/**
 * Chi-square goodness-of-fit screens of a history's counts (see {@link HistoryAnalyzer}): categories expected fewer
 * than 5 times are pooled.
 */
final class FairnessTests {

    private static final double MINIMUM_EXPECTED_COUNT = 5.0;

    private FairnessTests() {
    }

    /** Numbers: each expected in k/n of the draws. */
    static ChiSquareTest numbers(Occurrences occurrences, int drawCount, int k, int n) {
        double[] expected = new double[n];
        Arrays.fill(expected, (double) drawCount * k / n);
        return chiSquare(occurrences.count, expected);
    }

    /** Patterns: each expected in its class's share of the draws. */
    static ChiSquareTest patterns(Occurrences occurrences, int drawCount, List<PatternClass> classes) {
        double[] expected = new double[classes.size()];
        for (int p = 0; p < expected.length; p++) {
            expected[p] = drawCount * classes.get(p)
                    .share();
        }
        return chiSquare(occurrences.count, expected);
    }

    /** Pools categories expected fewer than 5 times, then tests. */
    static ChiSquareTest chiSquare(int[] observed, double[] expected) {
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
}
