package org.lotteryengine.platform.config;

import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import io.smallrye.config.WithParentName;

/**
 * Base stopping criteria per target tier (spec 6.1 and 9.1 {@code stopping_criteria}). The defaults of the spec's
 * tiers 3, 4 and 5 are in {@code application.properties}, because they differ from tier to tier.
 */
@ConfigMapping(prefix = "lottery.stopping-criteria")
public interface StoppingCriteriaConfig {

    /**
     * Criteria keyed by tier name: {@code tierM} targets exactly M matches (e.g. {@code tier3}).
     */
    @WithParentName
    Map<String, TierCriteria> tiers();

    /**
     * Thresholds that stop a generation aimed at one tier.
     */
    interface TierCriteria {

        /** Primary thresholds, on the pattern groups of the tickets (spec 4.2). */
        // @WithName on multi-word groups keeps validation messages on the real key (pattern-grouping, not patternGrouping).
        @WithName("pattern-grouping")
        PatternGrouping patternGrouping();

        /** Secondary thresholds, on the overall score and hot numbers. */
        Traditional traditional();

        /** Fallback limits that end a generation that meets no threshold. */
        Meta meta();

        /** Weights of the optimisation score's three parts (spec 6.2); they must add up to 1. */
        @WithName("score-weights")
        ScoreWeights scoreWeights();

        /**
         * Per strategy ({@code conservative}, {@code balanced}, {@code aggressive}), the share of tickets each ticket
         * strategy builds ({@code hot_pair}, {@code triplet_foundation}, {@code consecutive_enhanced},
         * {@code pattern_specific}, {@code balanced_range}), in any unit (e.g. percent); a missing ticket strategy has
         * share 0 (spec 4.3: tier4 aggressive 60/25/15).
         */
        @WithName("strategy-shares")
        Map<String, Map<String, @Min(0) Integer>> strategyShares();
    }

    /**
     * Pattern-group thresholds. Coverages are shares of the tickets, from 0 to 1.
     */
    interface PatternGrouping {

        /** Smallest share of tickets whose pattern is hot. */
        @DecimalMin("0")
        @DecimalMax("1")
        double hotCoverageMinimum();

        /** Importance of the hot coverage threshold (1.0 = critical). */
        @WithDefault("1.0")
        @DecimalMin("0")
        double hotCoverageWeight();

        /** Largest share of tickets whose pattern is warm. */
        @DecimalMin("0")
        @DecimalMax("1")
        double warmCoverageMaximum();

        /** Importance of the warm limit. */
        @WithDefault("0.8")
        @DecimalMin("0")
        double warmCoverageWeight();

        /** Largest share of tickets whose pattern is cold. */
        @DecimalMin("0")
        @DecimalMax("1")
        double coldCoverageMaximum();

        /** Importance of the cold allowance. */
        @DecimalMin("0")
        double coldCoverageWeight();

        /** Fewest different hot patterns in a set; capped at run time by the ticket count and the hot group size. */
        @Min(0)
        int diversityMinimumUniqueHot();

        /** Largest share of the tickets that may share one pattern (0.40 = 40% of N). */
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("1")
        double diversityMaximumSinglePattern();

        /** Importance of the diversity thresholds. */
        @DecimalMin("0")
        double diversityWeight();

        /** Smallest pattern-efficiency score, which is built from preference weights, not measured odds. */
        @DecimalMin("0")
        double efficiencyMinimum();

        /** Importance of the pattern-efficiency threshold. */
        @DecimalMin("0")
        double efficiencyWeight();
    }

    /**
     * Secondary thresholds.
     */
    interface Traditional {

        /** Smallest optimisation score (0 to 1). */
        @DecimalMin("0")
        @DecimalMax("1")
        double optimizationScoreMinimum();

        /** Smallest share of tickets holding at least one hot number. */
        @DecimalMin("0")
        @DecimalMax("1")
        double hotNumberCoverageMinimum();

        /** Smallest diversity score a conservative set must keep. */
        @WithDefault("0.0")
        @DecimalMin("0")
        @DecimalMax("1")
        double diversityBalanceMinimum();

        /** Largest concentration an aggressive set may reach. */
        @WithDefault("1.0")
        @DecimalMin("0")
        @DecimalMax("1")
        double diversityBalanceMaximum();

        /** Importance of the diversity balance. */
        @WithDefault("0.5")
        @DecimalMin("0")
        double diversityBalanceWeight();
    }

    /**
     * Limits that end a generation whatever its quality.
     */
    interface Meta {

        /** Attempts before the generation stops with {@code max_attempts}. */
        @Positive
        int maxAttemptsBase();

        /** Time before the generation stops with {@code timeout}, in milliseconds. */
        @Positive
        long timeoutMsBase();

        /** Attempts without improvement before the generation stops with {@code quality_stall}. */
        @Positive
        int stallThreshold();

        /** Never stop with success below this quality (0 to 1). */
        @DecimalMin("0")
        @DecimalMax("1")
        double minimumQualityGate();

        /**
         * Improvement moves one attempt makes (a batch of simulated-annealing swaps, each evaluated exactly); more
         * moves per attempt mean fewer, slower attempts and progress events.
         */
        @WithDefault("1000")
        @Positive
        int movesPerAttempt();
    }

    /**
     * Weights of the optimisation score (spec 6.2).
     */
    interface ScoreWeights {

        /** Weight of the pattern score. */
        @DecimalMin("0")
        @DecimalMax("1")
        double pattern();

        /** Weight of the number score. */
        @DecimalMin("0")
        @DecimalMax("1")
        double number();

        /** Weight of the diversity score. */
        @DecimalMin("0")
        @DecimalMax("1")
        double diversity();
    }
}
