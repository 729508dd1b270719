package org.lotteryengine.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.generation.GeneratedTicket;
import org.lotteryengine.engine.generation.GenerationResult;
import org.lotteryengine.engine.generation.ThresholdCheck;
import org.lotteryengine.repository.entity.GeneratedTicketSetEntity;
import org.lotteryengine.repository.entity.GenerationPerformanceEntity;
import org.lotteryengine.repository.entity.LotteryTicketEntity;
import org.lotteryengine.rest.dto.GeneratedTicketSetResponse;

/**
 * A generation's result as the API's GeneratedTicketSet, and as the rows of spec 8.1.
 */
public final class GenerationResponseMapper {

    private GenerationResponseMapper() {
    }

    /**
     * @param uniqueShares each ticket's exact unique share of its winning draws (its qualityScore)
     * @param observed whether the pattern groups came from observed draws
     */
    public static GeneratedTicketSetResponse toResponse(String sessionId, String lotteryType, LotteryFormat format,
            GenerationResult result, double[] uniqueShares, boolean observed, String algorithmVersion,
            Instant timestamp) {
        double expectedMatches = (double) format.drawSize() * format.drawSize() / format.poolSize();
        List<GeneratedTicketSetResponse.Ticket> tickets = new ArrayList<>();
        Map<String, Integer> byPattern = new TreeMap<>();
        for (int i = 0; i < result.tickets()
                .size(); i++) {
            GeneratedTicket ticket = result.tickets()
                    .get(i);
            tickets.add(new GeneratedTicketSetResponse.Ticket(ticketId(sessionId, i), format.numbersOf(ticket
                    .mask()), ticket.pattern(), ticket.group()
                            .wireName(),
                    ticket.strategy()
                            .wireName(),
                    uniqueShares[i], expectedMatches));
            byPattern.merge(ticket.pattern(), 1, Integer::sum);
        }
        List<GeneratedTicketSetResponse.Evolution> evolution = result.qualityEvolution()
                .stream()
                .map(e -> new GeneratedTicketSetResponse.Evolution(e.attempt(), e.qualityScore(), e
                        .patternCoverage(), e.objective(), e.timestamp()))
                .toList();
        List<GeneratedTicketSetResponse.Threshold> thresholds = result.thresholds()
                .stream()
                .map(t -> new GeneratedTicketSetResponse.Threshold(t.type(), t.name(), t.achieved(), t.required(), t
                        .met()))
                .toList();
        GeneratedTicketSetResponse.Generation generation = new GeneratedTicketSetResponse.Generation(result
                .attempts(), result.timeElapsedMs(), result.stoppingReason(), algorithmVersion,
                result.strategyDistribution(), evolution, result.quality() == null ? null
                        : result.quality()
                                .coverage()
                                .objective(),
                thresholds, result.seed(), result.ticketsRequested(), result.degradationLevel(), failureDetails(
                        result));
        List<Integer> pool = result.pool() == 0 ? List.of()
                : java.util.Arrays.stream(format.numbersOf(result.pool()))
                        .boxed()
                        .toList();
        GeneratedTicketSetResponse.Patterns patterns = new GeneratedTicketSetResponse.Patterns(lotteryType,
                observed ? "observed" : "expected", byPattern, pool, result.wheelGuarantees());
        return new GeneratedTicketSetResponse(sessionId, result.status(), tickets, generation, result.quality(),
                patterns, result.expectedPerformance(), timestamp);
    }

    /** A stable id for the i-th ticket of a session. */
    public static String ticketId(String sessionId, int index) {
        return UUID.nameUUIDFromBytes((sessionId + "/" + index).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    /** The spec's 422 details (spec 3.1), or null when the set meets the request. */
    public static Map<String, Object> failureDetails(GenerationResult result) {
        GenerationResult.Failure failure = result.failure();
        if (failure == null) {
            return null;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("attempts", failure.attempts());
        details.put("timeElapsed", failure.timeElapsedMs());
        details.put("bestQuality", failure.bestQuality());
        details.put("requiredQuality", failure.requiredQuality());
        details.put("failedThresholds", failure.failedThresholds());
        details.put("stoppingReason", result.stoppingReason());
        details.put("suggestions", failure.suggestions());
        return details;
    }

    /** The generated_ticket_sets row; {@code result} holds the whole response. */
    public static GeneratedTicketSetEntity toSetEntity(UUID sessionRowId, GenerationResult result,
            Map<String, Object> response) {
        GeneratedTicketSetEntity set = new GeneratedTicketSetEntity();
        set.sessionId = sessionRowId;
        set.status = result.status();
        set.generationAttempts = result.attempts();
        set.generationTimeMs = Math.toIntExact(Math.min(Integer.MAX_VALUE, result.timeElapsedMs()));
        set.stoppingReason = result.stoppingReason();
        var overall = result.quality()
                .overall();
        var grouping = result.quality()
                .patternGrouping();
        set.overallQuality = decimal(overall.optimizationScore(), 3);
        set.qualityGrade = overall.qualityGrade();
        set.patternHotCoverage = decimal(grouping.hotPatternCoverage(), 3);
        set.patternWarmCoverage = decimal(grouping.warmPatternCoverage(), 3);
        set.patternColdCoverage = decimal(grouping.coldPatternCoverage(), 3);
        set.patternEfficiency = decimal(grouping.patternEfficiency(), 3);
        Map<String, Number> optimized = result.expectedPerformance()
                .optimized();
        set.expectedTier3Wins = wins(optimized.get("tier3Wins"), 4);
        set.expectedTier4Wins = wins(optimized.get("tier4Wins"), 4);
        set.expectedTier5Wins = wins(optimized.get("tier5Wins"), 6);
        set.result = response;
        return set;
    }

    /** The lottery_tickets rows of a set. */
    public static List<LotteryTicketEntity> toTicketEntities(UUID setId, GeneratedTicketSetResponse response) {
        List<LotteryTicketEntity> rows = new ArrayList<>();
        for (int i = 0; i < response.tickets()
                .size(); i++) {
            GeneratedTicketSetResponse.Ticket ticket = response.tickets()
                    .get(i);
            LotteryTicketEntity row = new LotteryTicketEntity();
            row.ticketSetId = setId;
            row.ticketIndex = i;
            row.numbers = ticket.numbers();
            row.pattern = ticket.pattern();
            row.patternGroup = ticket.patternGroup();
            row.generationStrategy = ticket.generationStrategy();
            row.qualityScore = decimal(ticket.qualityScore(), 3);
            row.expectedMatches = decimal(ticket.expectedMatches(), 2);
            rows.add(row);
        }
        return rows;
    }

    /** One generation_performance row per attempt. */
    public static List<GenerationPerformanceEntity> toPerformanceEntities(UUID sessionRowId,
            GenerationResult result) {
        List<GenerationPerformanceEntity> rows = new ArrayList<>();
        Map<String, Object> thresholds = new LinkedHashMap<>();
        for (ThresholdCheck check : result.thresholds()) {
            thresholds.put(check.name(), check.met());
        }
        for (GenerationResult.Evolution step : result.qualityEvolution()) {
            GenerationPerformanceEntity row = new GenerationPerformanceEntity();
            row.sessionId = sessionRowId;
            row.attemptNumber = step.attempt();
            row.qualityScore = decimal(step.qualityScore(), 3);
            row.patternHotCoverage = decimal(step.patternCoverage(), 3);
            row.patternDiversityScore = decimal(step.diversityScore(), 3);
            row.timeElapsedMs = Math.toIntExact(Math.min(Integer.MAX_VALUE, step.timestamp()));
            // The returned set's checks by name on the last attempt; the count met and the objective before it.
            row.thresholdStatus = step.attempt() == result.attempts() ? thresholds
                    : Map.of("thresholdsMet", step.thresholdsMet(), "objective", step.objective());
            rows.add(row);
        }
        return rows;
    }

    private static BigDecimal decimal(double value, int scale) {
        return BigDecimal.valueOf(value)
                .setScale(scale, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal wins(Number value, int scale) {
        if (value == null) {
            return null;
        }
        BigDecimal exact = value instanceof BigDecimal decimal ? decimal : BigDecimal.valueOf(value.doubleValue());
        return exact.setScale(scale, RoundingMode.HALF_EVEN);
    }
}
