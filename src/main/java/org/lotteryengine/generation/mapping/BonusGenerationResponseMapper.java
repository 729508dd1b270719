package org.lotteryengine.generation.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lotteryengine.engine.evaluation.BonusTicket;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.generation.BonusGeneratedTicket;
import org.lotteryengine.engine.generation.BonusGenerationResult;
import org.lotteryengine.engine.generation.Strategy;
import org.lotteryengine.engine.generation.ThresholdCheck;
import org.lotteryengine.engine.history.PatternGroup;
import org.lotteryengine.evaluation.mapping.EvaluationMapper;
import org.lotteryengine.evaluation.service.BonusEvaluated;
import org.lotteryengine.generation.repository.SessionResultRepository;
import org.lotteryengine.generation.rest.dto.GeneratedBonusSetResponse;
import org.lotteryengine.generation.rest.dto.GeneratedTicketSetResponse;
import org.lotteryengine.platform.codes.Codes;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A bonus game's generated set as the API answers and stores it. */
public final class BonusGenerationResponseMapper {

    private BonusGenerationResponseMapper() {
    }

    /**
     * @param targetTier the tier as the session stores it, e.g. {@code tier4+1}
     * @param observed whether the pattern groups came from observed draws
     */
    public static GeneratedBonusSetResponse toResponse(String sessionId, String lotteryId, String lotteryType,
            String currency, String targetTier, BonusGenerationResult result, int ticketsRequested,
            boolean observed, String algorithmVersion, Instant timestamp) {
        BonusGame game = result.evaluation()
                .game();
        String placed = result.strategy() == Strategy.AGGRESSIVE ? "pattern_concentrated" : "pattern_spread";
        List<GeneratedBonusSetResponse.Ticket> tickets = new ArrayList<>();
        Map<String, Integer> byPattern = new LinkedHashMap<>();
        for (int i = 0; i < result.tickets()
                .size(); i++) {
            BonusGeneratedTicket ticket = result.tickets()
                    .get(i);
            tickets.add(new GeneratedBonusSetResponse.Ticket(GenerationResponseMapper.ticketId(sessionId, i), ticket
                    .ticket()
                    .main(),
                    ticket.ticket()
                            .bonus(),
                    ticket.pattern(), Codes.of(ticket.group()), placed));
            byPattern.merge(ticket.pattern(), 1, Integer::sum);
        }
        List<GeneratedTicketSetResponse.Threshold> thresholds = GenerationResponseMapper.thresholds(result
                .thresholds());
        String placement = result.bonusMode() == null ? "none" : Codes.of(result.bonusMode());
        List<String> notes = new ArrayList<>();
        notes.add(("Quotas and strategies apply to the main numbers: each ticket keeps the pattern the quota plan gave"
                + " it, and its numbers were placed %s the other tickets' within their decades.").formatted(
                        result
                                .strategy() == Strategy.AGGRESSIVE ? "with" : "apart from"));
        if (result.bonusMode() != null) {
            notes.add(("Both bonus placements were evaluated exactly; %s scored %s against %s for the other.")
                    .formatted(placement, result.objective(), result.alternativeObjective()));
        }
        notes.add("In a fair draw every combination is equally likely: hot patterns change no ticket's odds, and"
                + " expected wins are the same for every set of as many distinct tickets.");
        GeneratedBonusSetResponse.Generation generation = new GeneratedBonusSetResponse.Generation(targetTier, Codes
                .of(result.strategy()), 1, result.timeElapsedMs(), Codes.of(result.stoppingReason()), algorithmVersion,
                result
                        .strategy()
                        .objective(),
                result.objective(), result.wins()
                        .atLeast(1),
                result.wins()
                        .atLeast(2),
                placement, Double.isNaN(result.alternativeObjective()) ? null : result.alternativeObjective(),
                thresholds, result.seed(), ticketsRequested, result.degradationLevel(), notes);
        return new GeneratedBonusSetResponse(sessionId, Codes.of(result.status()), tickets, generation,
                new GeneratedBonusSetResponse.Patterns(lotteryType, observed ? "observed" : "expected", byPattern),
                EvaluationMapper.toResponse(new BonusEvaluated(lotteryId, lotteryType, currency, result
                        .evaluation())),
                timestamp);
    }

    /** The rows stored beside the document: the columns only a k-of-n search computes stay empty. */
    public static SessionResultRepository.SetRows setRows(BonusGenerationResult result,
            GeneratedBonusSetResponse response, String document, ObjectMapper json) {
        int count = result.tickets()
                .size();
        Map<PatternGroup, Integer> byGroup = new LinkedHashMap<>();
        Set<String> patterns = new HashSet<>();
        for (BonusGeneratedTicket ticket : result.tickets()) {
            byGroup.merge(ticket.group(), 1, Integer::sum);
            patterns.add(ticket.pattern());
        }
        double hot = byGroup.getOrDefault(PatternGroup.HOT, 0) / (double) count;
        List<Object> set = new ArrayList<>(Arrays.asList(response.status(), 1, (int) Math.min(Integer.MAX_VALUE,
                result.timeElapsedMs()), Codes.of(result.stoppingReason()), decimal(result.objective()), null, decimal(hot),
                decimal(
                        byGroup.getOrDefault(PatternGroup.WARM, 0) / (double) count),
                decimal(byGroup.getOrDefault(PatternGroup.COLD, 0) / (double) count), null, null, null, null,
                document));
        List<List<Object>> tickets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            GeneratedBonusSetResponse.Ticket ticket = response.tickets()
                    .get(i);
            BonusTicket numbers = result.tickets()
                    .get(i)
                    .ticket();
            tickets.add(Arrays.asList(i, boxed(numbers.main()), ticket.pattern(), ticket.patternGroup(), ticket
                    .generationStrategy(), null, null, numbers.bonus().length == 0 ? null : boxed(numbers.bonus())));
        }
        Map<String, Object> checks = new LinkedHashMap<>();
        for (ThresholdCheck check : result.thresholds()) {
            checks.put(check.name(), check.met());
        }
        List<List<Object>> attempts = List.of(Arrays.asList(1, decimal(result.objective()), decimal(hot), decimal(
                patterns.size() / (double) count), (int) Math.min(Integer.MAX_VALUE, result.timeElapsedMs()),
                GenerationResponseMapper.write(json,
                        checks)));
        return new SessionResultRepository.SetRows(set, tickets, attempts);
    }

    private static Integer[] boxed(int[] numbers) {
        return Arrays.stream(numbers)
                .boxed()
                .toArray(Integer[]::new);
    }

    private static BigDecimal decimal(double value) {
        return GenerationResponseMapper.decimal(value, 3);
    }
}
