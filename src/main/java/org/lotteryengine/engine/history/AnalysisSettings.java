package org.lotteryengine.engine.history;

/**
 * How a history is analysed.
 *
 * @param hotGroupSize patterns in the hot group: the most frequent
 * @param warmGroupSize patterns in the warm group: the next most frequent
 * @param coldMaximumShare a pattern in neither group is cold when its share of draws is below this (0 to 1)
 * @param hotPatternMinimumFrequency fewest observations of a hot pattern
 * @param minimumDraws fewest draws for groups from observed frequencies; below it, groups follow the exact expected
 *        frequencies (class sizes)
 * @param topNumbers how many hot numbers to report
 * @param topPairs how many frequent pairs to report
 * @param topTriplets how many frequent triplets to report
 * @param confidenceLevel confidence level of intervals, e.g. 0.95
 * @param liftMinimumMatches lift is measured for "at least this many matches" and each tier above it
 */
public record AnalysisSettings(int hotGroupSize, int warmGroupSize, double coldMaximumShare,
        int hotPatternMinimumFrequency, int minimumDraws, int topNumbers, int topPairs, int topTriplets,
        double confidenceLevel, int liftMinimumMatches) {

    public AnalysisSettings {
        if (hotGroupSize < 0 || warmGroupSize < 0 || topNumbers < 0 || topPairs < 0 || topTriplets < 0
                || hotPatternMinimumFrequency < 0 || minimumDraws < 0 || liftMinimumMatches < 0) {
            throw new IllegalArgumentException("sizes and counts must not be negative");
        }
        if (!(coldMaximumShare >= 0 && coldMaximumShare <= 1)) {
            throw new IllegalArgumentException("coldMaximumShare must be in 0..1, got " + coldMaximumShare);
        }
        if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
            throw new IllegalArgumentException("confidenceLevel must be in (0, 1), got " + confidenceLevel);
        }
    }

    /** The spec's defaults: 6 hot, 6 warm, cold below 2.5%, 95% confidence, lift for 3+ matches. */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(6, 6, 0.025, 50, 1000, 10, 10, 10, 0.95, 3);
    }
}
