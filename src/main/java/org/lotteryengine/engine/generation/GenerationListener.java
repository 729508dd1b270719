package org.lotteryengine.engine.generation;

import java.util.Map;

import org.lotteryengine.engine.history.PatternGroup;

/**
 * Receives a generation's events as they happen (spec 3.3), on the thread that runs the engine. The service turns
 * them into Server-Sent Events.
 */
public interface GenerationListener {

    /** Once, before the first attempt: the criteria this run stops on, after modifiers and degradation. */
    default void started(StoppingCriteria criteria) {
    }

    /** Once, before a bonus game's one search: the pattern targets it aims at (it has no attempts to score). */
    default void started(StoppingCriteria.PatternThresholds thresholds) {
    }

    /** After every attempt. */
    default void progress(Progress progress) {
    }

    /** The first time each threshold is met. */
    default void thresholdMet(ThresholdCheck threshold, long timeElapsedMs) {
    }

    /** Once, at the end. */
    default void complete(GenerationResult result) {
    }

    /** A listener that ignores everything. */
    static GenerationListener none() {
        return new GenerationListener() {
        };
    }

    /**
     * @param attempt the attempt just finished
     * @param currentQuality optimizationScore of the best set so far
     * @param patternCoverage hot, warm and cold coverage of the best set, in that order
     * @param objective the exact objective of the best set, as a probability
     * @param timeElapsedMs since the start
     * @param estimatedTimeRemainingMs until the attempt limit at the current pace, at most the time left
     */
    record Progress(int attempt, double currentQuality, Map<PatternGroup, Double> patternCoverage, double objective,
            long timeElapsedMs, long estimatedTimeRemainingMs) {
    }
}
