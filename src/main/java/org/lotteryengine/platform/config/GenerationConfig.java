package org.lotteryengine.platform.config;

import java.util.Map;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Limits and defaults of the generation engine (spec 9.1 {@code generation}).
 */
@ConfigMapping(prefix = "lottery.generation")
public interface GenerationConfig {

    /**
     * Time a generation may take when the request sets no {@code preferences.maxGenerationTime}, in milliseconds.
     */
    @WithDefault("30000")
    @Positive
    long defaultTimeoutMs();

    /**
     * Largest time a request or an extension may ask for, in milliseconds.
     */
    @WithDefault("120000")
    @Positive
    long maxTimeoutMs();

    /**
     * Smallest interval between two progress events of one session, in milliseconds.
     */
    @WithDefault("1000")
    @Positive
    long progressReportIntervalMs();

    /**
     * Generations one replica runs or queues at once; more are refused with 503 and Retry-After.
     */
    @WithDefault("1000")
    @Positive
    int maxConcurrentSessions();

    /**
     * Threads of the bounded pool that runs the engine, never the event loop; 0 uses one per available processor.
     */
    @WithDefault("0")
    @Min(0)
    int workerThreads();

    /**
     * On shutdown (SIGTERM), how long the replica keeps running the generations it has started, and stores their
     * results, before it stops; new ones are refused meanwhile (503, Retry-After). Longer than the longest generation
     * ({@code max-timeout-ms}) and shorter than the orchestrator's grace period.
     */
    @WithDefault("PT125S")
    java.time.Duration shutdownGrace();

    /**
     * Modifiers of each strategy ({@code conservative}, {@code balanced}, {@code aggressive}), applied to the tier's
     * stopping criteria (spec 6.1).
     */
    // @WithName keeps validation messages on the real key (strategy-defaults, not strategyDefaults).
    @WithName("strategy-defaults")
    Map<String, StrategyModifiers> strategyDefaults();

    /**
     * How a strategy bends the base criteria of a tier.
     */
    interface StrategyModifiers {

        /** Multiplies the weight of diversity in the criteria; above 1 favours spreading tickets out. */
        @Positive
        double diversityWeight();

        /** Multiplies the largest share a single pattern may take; above 1 allows more concentration. */
        @Positive
        double concentrationLimit();

        /** Multiplies the minimum hot-pattern coverage; above 1 asks for more hot-pattern tickets. */
        @Positive
        double hotPatternBonus();
    }
}
