package org.lotteryengine.platform.config;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * How patterns are grouped hot, warm and cold from the stored draw history (spec 5 and 9.1
 * {@code pattern_grouping}).
 */
@ConfigMapping(prefix = "lottery.pattern-grouping")
public interface PatternGroupingConfig {

    /**
     * When the pattern groups are recomputed from the stored draws, as a Quarkus scheduler cron expression. The spec
     * says "daily"; the default runs at 03:00 every day.
     */
    @WithDefault("0 0 3 * * ?")
    @NotBlank
    String updateCron();

    /**
     * Fewest stored draws for which the service calls its pattern groups reliable; with fewer, analyses say so.
     */
    @WithDefault("1000")
    @Min(1)
    int minimumHistoricalDraws();

    /**
     * Confidence level of the intervals and tests the analysis reports (0.95 gives 95% confidence intervals).
     */
    @WithDefault("0.95")
    @DecimalMin(value = "0.5")
    @DecimalMax(value = "0.9999")
    double confidenceThreshold();

    /**
     * Fewest observed draws a pattern needs before it may be called hot.
     */
    @WithDefault("50")
    @Min(0)
    int hotPatternMinimumFrequency();

    /**
     * How many patterns, the most frequent first, form the hot group (spec: 6).
     */
    @WithDefault("6")
    @Positive
    int hotGroupSize();

    /**
     * How many patterns after the hot ones form the warm group (spec: 6).
     */
    @WithDefault("6")
    @Min(0)
    int warmGroupSize();

    /**
     * A pattern in neither the hot nor the warm group is cold when its share of the draws is below this (0 to 1). The
     * spec's cold examples (12223, 02233, 01133) hold 1.9% to 2.2% of 5/35's combinations.
     */
    @WithDefault("0.025")
    @DecimalMin("0")
    @DecimalMax("1")
    double coldMaximumShare();

    /** How many hot numbers the analysis reports. */
    @WithDefault("10")
    @Min(0)
    @Max(100)
    int topNumbers();

    /** How many frequent pairs the analysis reports (spec: frequentPairs). */
    @WithDefault("10")
    @Min(0)
    @Max(100)
    int topPairs();

    /** How many frequent triplets the analysis reports (spec: provenTriplets). */
    @WithDefault("10")
    @Min(0)
    @Max(100)
    int topTriplets();

    /** Lift is measured for "at least this many matches" (the spec's tier 3) and for each tier above. */
    @WithDefault("3")
    @Min(1)
    @Max(10)
    int liftMinimumMatches();

    /** How long a computed analysis stays in the Redis cache; it is also dropped whenever the draws change. */
    @WithDefault("PT24H")
    Duration cacheTtl();

    /**
     * How long a replica serves its copy of a cached analysis before it checks the version in Redis again: the longest
     * another replica's change can go unseen here.
     */
    @WithDefault("PT0.25S")
    Duration cacheRevalidateAfter();

    /**
     * Preference weights per group (the spec's {@code efficiency_multipliers}).
     */
    // @WithName keeps validation messages on the real key (preference-weights, not preferenceWeights).
    @WithName("preference-weights")
    PreferenceWeights preferenceWeights();

    /**
     * Weights that only express a preference between groups in the spec's {@code patternEfficiency} score. They are
     * not measured effects: a fair draw gives every combination the same chance, whatever its pattern. The measured
     * lift of each group comes from backtests and is reported beside them.
     */
    interface PreferenceWeights {

        /** Preference weight of hot patterns; the spec's 2.11. */
        @WithDefault(ConfigDefaults.HOT_PREFERENCE_WEIGHT)
        @DecimalMin("0")
        double hot();

        /** Preference weight of warm patterns; the spec's 1.5. */
        @WithDefault(ConfigDefaults.WARM_PREFERENCE_WEIGHT)
        @DecimalMin("0")
        double warm();

        /** Preference weight of cold patterns; the spec's 0.8. */
        @WithDefault(ConfigDefaults.COLD_PREFERENCE_WEIGHT)
        @DecimalMin("0")
        double cold();

        /** Preference weight of patterns in no group; the spec's 1.0. */
        @WithDefault(ConfigDefaults.UNKNOWN_PREFERENCE_WEIGHT)
        @DecimalMin("0")
        double unknown();
    }
}
