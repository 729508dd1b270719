package org.lotteryengine.generation.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The spec's GeneratedTicketSet (2.1, 3.1): every figure exact over all possible draws, or a stated heuristic.
 */
@Schema(name = "GeneratedTicketSet")
public record GeneratedTicketSetResponse(
        @Schema(description = "The session's id (a UUID)") String sessionId,
        @Schema(description = "success (every threshold holds), partial (some do, or the client cancelled the run), fallback or failed", examples = "success") String status,
        List<Ticket> tickets,
        Generation generation,
        @Schema(description = "Spec 2.1 QualityMetrics, plus coverage: the exact figures the strategy optimises") QualityMetricsResponse quality,
        Patterns patterns,
        @Schema(description = "Exact: expected wins (the same for every set of distinct tickets), this set's chance of at least one win per tier against random quick picks, and the payout distribution's figures") ExpectedPerformanceResponse expectedPerformance,
        Instant timestamp) {

    /**
     * Spec 2.1 LotteryTicket.
     *
     * @param qualityScore of the draws on which this ticket wins at the target tier or better, the share on which no
     *        other ticket of the set does (exact): how much the ticket adds to the set, not its odds
     * @param expectedMatches the exact mean number of matched numbers, k&sup2; / n: the same for every ticket
     */
    @Schema(name = "LotteryTicket")
    public record Ticket(String id, int[] numbers, String pattern,
            @Schema(enumeration = {
                    "hot", "warm", "cold", "unknown" }) String patternGroup,
            @Schema(examples = "hot_pair") String generationStrategy,
            @Schema(description = "Exact share of this ticket's winning draws (target tier or better) that no other ticket of the set wins") double qualityScore,
            @Schema(description = "Exact expected number of matched numbers, k*k/n, the same for every ticket") double expectedMatches){
    }

    /**
     * Spec 2.1 GenerationMetadata, with what the run optimised and the criteria it checked.
     */
    @Schema(name = "GenerationMetadata")
    public record Generation(int attempts, long timeElapsed,
            @Schema(enumeration = {
                    "pattern_thresholds", "quality_thresholds", "max_attempts", "timeout",
                    "quality_stall", "user_override", "stored_design" }) String stoppingReason,
            String algorithmVersion, Map<String, Integer> strategyDistribution, List<Evolution> qualityEvolution,
            @Schema(description = "What the strategy maximised") String objective, List<Threshold> thresholds,
            @Schema(description = "The seed that reproduces this set") long seed, int ticketsRequested,
            @Schema(description = "Degradation level applied (spec 10.3)", examples = "normal") String degradationLevel,
            @Schema(description = "Why the set falls short of the request (fallback only)") Map<String, Object> failure){
    }

    /**
     * One attempt: the best set's score and hot coverage, and the exact objective (never decreasing).
     */
    @Schema(name = "QualityEvolution")
    public record Evolution(int attempt, double qualityScore, double patternCoverage, double objective,
            long timestamp) {
    }

    /**
     * One threshold of the stopping criteria against the returned set.
     */
    @Schema(name = "ThresholdCheck")
    public record Threshold(String type, String name, double achieved,
            @Schema(description = "The threshold applied: baseRequired, lowered by the dynamic adjustment (spec 9.2) while the measured success rate of the tier is low") double required,
            @Schema(description = "The configured threshold before any dynamic adjustment") double baseRequired,
            boolean met) {
    }

    /**
     * The patterns the set used.
     *
     * @param source {@code observed} when groups come from enough stored draws, else {@code expected} (class sizes)
     * @param byPattern tickets per pattern
     * @param pool an aggressive set's pool of numbers, else empty
     * @param wheelGuarantees for x = 0.., the matches some ticket is guaranteed to have when x drawn numbers are in the
     *        pool (verified over every draw)
     */
    @Schema(name = "PatternUsage")
    public record Patterns(String lotteryType, String source, Map<String, Integer> byPattern, List<Integer> pool,
            List<Integer> wheelGuarantees) {
    }
}
