package org.lotteryengine.generation.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.generation.GeneratedTicket;
import org.lotteryengine.engine.generation.GenerationResult;
import org.lotteryengine.engine.generation.ThresholdCheck;
import org.lotteryengine.generation.repository.SessionResultRepository;
import org.lotteryengine.generation.rest.dto.GeneratedTicketSetResponse;
import org.lotteryengine.generation.service.GenerationFailures;
import org.lotteryengine.platform.codes.Codes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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
                    .mask()), ticket.pattern(), Codes.of(ticket.group()),
                    Codes.of(ticket.strategy()),
                    uniqueShares[i], expectedMatches));
            byPattern.merge(ticket.pattern(), 1, Integer::sum);
        }
        List<GeneratedTicketSetResponse.Evolution> evolution = result.qualityEvolution()
                .stream()
                .map(e -> new GeneratedTicketSetResponse.Evolution(e.attempt(), e.qualityScore(), e
                        .patternCoverage(), e.objective(), e.timestamp()))
                .toList();
        List<GeneratedTicketSetResponse.Threshold> thresholds = thresholds(result.thresholds());
        GeneratedTicketSetResponse.Generation generation = new GeneratedTicketSetResponse.Generation(result
                .attempts(), result.timeElapsedMs(), Codes.ofNullable(result.stoppingReason()), algorithmVersion,
                strategyDistribution(result), evolution, result.quality() == null ? null
                        : result.quality()
                                .coverage()
                                .objective(),
                thresholds, result.seed(), result.ticketsRequested(), result.degradationLevel(), GenerationFailures.details(
                        result));
        List<Integer> pool = result.pool() == 0 ? List.of()
                : Arrays.stream(format.numbersOf(result.pool()))
                        .boxed()
                        .toList();
        GeneratedTicketSetResponse.Patterns patterns = new GeneratedTicketSetResponse.Patterns(lotteryType,
                observed ? "observed" : "expected", byPattern, pool, result.wheelGuarantees());
        return new GeneratedTicketSetResponse(sessionId, Codes.of(result.status()), tickets, generation,
                GeneratedSetFigures.quality(result.quality()), patterns, GeneratedSetFigures.expectedPerformance(result
                        .evaluation()),
                timestamp);
    }

    /** Tickets per ticket strategy by API name, in the engine's order of strategies. */
    private static Map<String, Integer> strategyDistribution(GenerationResult result) {
        Map<String, Integer> byName = new LinkedHashMap<>();
        result.strategyDistribution()
                .forEach((strategy, count) -> byName.put(Codes.of(strategy), count));
        return byName;
    }

    /** A stable id for the i-th ticket of a session. */
    public static String ticketId(String sessionId, int index) {
        return UUID.nameUUIDFromBytes((sessionId + "/" + index).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * The rows of a stored set: generated_ticket_sets (with {@code document}, the set's JSON as answered), one
     * lottery_tickets row per ticket, one generation_performance row per attempt.
     */
    public static SessionResultRepository.SetRows setRows(GenerationResult result, GeneratedTicketSetResponse response,
            String document, ObjectMapper json) {
        var overall = result.quality()
                .overall();
        var grouping = result.quality()
                .patternGrouping();
        Map<String, Number> optimized = response.expectedPerformance()
                .optimized();
        List<Object> set = new ArrayList<>(Arrays.asList(Codes.of(result.status()), result.attempts(), (int) Math.min(
                Integer.MAX_VALUE, result.timeElapsedMs()), Codes.ofNullable(result.stoppingReason()), decimal(
                        overall
                                .optimizationScore(),
                        3),
                overall.qualityGrade(), decimal(grouping.hotPatternCoverage(), 3), decimal(grouping
                        .warmPatternCoverage(), 3),
                decimal(grouping.coldPatternCoverage(), 3), decimal(grouping.patternEfficiency(), 3), wins(optimized
                        .get("tier3Wins"), 4),
                wins(optimized.get("tier4Wins"), 4), wins(optimized.get("tier5Wins"), 6), document));
        List<List<Object>> tickets = new ArrayList<>();
        for (int i = 0; i < response.tickets()
                .size(); i++) {
            GeneratedTicketSetResponse.Ticket ticket = response.tickets()
                    .get(i);
            Integer[] numbers = Arrays.stream(ticket.numbers())
                    .boxed()
                    .toArray(Integer[]::new);
            tickets.add(Arrays.asList(i, numbers, ticket.pattern(), ticket.patternGroup(), ticket
                    .generationStrategy(), decimal(ticket.qualityScore(), 3), decimal(ticket.expectedMatches(), 2),
                    null));
        }
        Map<String, Object> thresholds = new LinkedHashMap<>();
        for (ThresholdCheck check : result.thresholds()) {
            thresholds.put(check.name(), check.met());
        }
        List<List<Object>> attempts = new ArrayList<>();
        for (GenerationResult.Evolution step : result.qualityEvolution()) {
            // The returned set's checks by name on the last attempt; the count met and the objective before it.
            Map<String, Object> status = step.attempt() == result.attempts() ? thresholds
                    : Map.of("thresholdsMet", step.thresholdsMet(), "objective", step.objective());
            attempts.add(Arrays.asList(step.attempt(), decimal(step.qualityScore(), 3), decimal(step
                    .patternCoverage(), 3),
                    decimal(step.diversityScore(), 3), (int) Math.min(Integer.MAX_VALUE, step.timestamp()), write(json,
                            status)));
        }
        return new SessionResultRepository.SetRows(set, tickets, attempts);
    }

    /** The checks as the response shows them. */
    static List<GeneratedTicketSetResponse.Threshold> thresholds(List<ThresholdCheck> checks) {
        return checks.stream()
                .map(t -> new GeneratedTicketSetResponse.Threshold(t.type(), t.name(), t.achieved(), t.required(), t
                        .baseRequired(), t.met()))
                .toList();
    }

    static String write(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a row's JSON could not be written", e);
        }
    }

    static BigDecimal decimal(double value, int scale) {
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
