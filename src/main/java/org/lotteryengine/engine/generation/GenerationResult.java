package org.lotteryengine.engine.generation;

import java.util.List;
import java.util.Map;

import org.lotteryengine.engine.evaluation.TicketSetEvaluation;

/**
 * What a generation produced (spec 2.1 GeneratedTicketSet and GenerationMetadata), with the exact evaluation of its
 * tickets.
 *
 * @param status how far the set meets the request
 * @param stoppingReason why the attempt loop stopped; null when failed before it ran (a deadline or an abandoned
 *        run before the first set has one)
 * @param tickets the tickets; empty when failed
 * @param quality the metrics of the tickets; null when failed
 * @param evaluation their exact evaluation over every draw; null when failed
 * @param attempts attempts made
 * @param timeElapsedMs engine time
 * @param strategyDistribution tickets per ticket strategy, every strategy present
 * @param qualityEvolution one entry per attempt
 * @param thresholds every threshold checked against the returned set
 * @param criteria the criteria the run used
 * @param pool the pool of an aggressive set (a mask), or 0
 * @param wheelGuarantees for x = 0.., the matches guaranteed when x drawn numbers are in the pool; empty without a
 *        pool or when the pool is too large to verify
 * @param seed the seed that reproduces this run
 * @param ticketsRequested tickets asked for (more than returned when a degradation cap applied)
 * @param degradationLevel the caller's degradation level
 * @param failure why the set is below the request, with suggestions; null for success and partial
 * @param ticketShares for each ticket, the exact share of its winning draws at the target tier that no other ticket
 *        of the set wins ({@link org.lotteryengine.engine.evaluation.TicketContribution}); empty when failed
 */
public record GenerationResult(GenerationStatus status, StoppingReason stoppingReason, List<GeneratedTicket> tickets,
        QualityMetrics quality, TicketSetEvaluation evaluation, int attempts,
        long timeElapsedMs,
        Map<TicketStrategy, Integer> strategyDistribution, List<Evolution> qualityEvolution, List<ThresholdCheck> thresholds,
        StoppingCriteria criteria, long pool, List<Integer> wheelGuarantees, long seed, int ticketsRequested,
        String degradationLevel, Failure failure, List<Double> ticketShares) {

    /**
     * One attempt.
     *
     * @param qualityScore optimizationScore of the best set after this attempt
     * @param patternCoverage hot coverage of that set
     * @param diversityScore its different patterns / N
     * @param thresholdsMet how many of its thresholds hold
     * @param objective the exact objective of the best set so far, as a probability: never decreases
     * @param timestamp ms since the start
     */
    public record Evolution(int attempt, double qualityScore, double patternCoverage, double diversityScore,
            int thresholdsMet, double objective, long timestamp) {
    }

    /**
     * The spec's 422 details (spec 3.1).
     *
     * @param failedThresholds names of the thresholds the best set misses
     */
    public record Failure(String message, int attempts, long timeElapsedMs, double bestQuality,
            double requiredQuality, List<String> failedThresholds, List<String> suggestions) {
    }
}
