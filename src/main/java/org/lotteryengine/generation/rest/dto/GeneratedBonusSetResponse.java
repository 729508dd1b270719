package org.lotteryengine.generation.rest.dto;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lotteryengine.evaluation.rest.dto.EvaluationResponse;

/**
 * A generated set of a game with bonus numbers: its tickets, how they were made, and their exact evaluation over every
 * (main, bonus) draw, the same document {@code POST /api/v2/evaluate} answers for these tickets.
 */
@Schema(name = "GeneratedBonusTicketSet")
public record GeneratedBonusSetResponse(
        @Schema(description = "The session's id (a UUID)") String sessionId,
        @Schema(description = "success when every pattern threshold holds, else partial", examples = "success") String status,
        List<Ticket> tickets,
        Generation generation,
        Patterns patterns,
        @Schema(description = "The set's exact evaluation: every tier, best first, and the payout distribution") EvaluationResponse evaluation,
        Instant timestamp) {

    /** A ticket: main numbers with their pattern, and bonus numbers (none for a same-drum bonus ball). */
    @Schema(name = "BonusLotteryTicket")
    public record Ticket(String id, int[] numbers, int[] bonusNumbers, String pattern,
            @Schema(enumeration = {
                    "hot", "warm", "cold", "unknown" }) String patternGroup,
            @Schema(description = "How its main numbers were placed on its pattern: apart from the other tickets' (pattern_spread) or with them (pattern_concentrated)", enumeration = {
                    "pattern_spread", "pattern_concentrated" }) String generationStrategy){
    }

    /**
     * How the set was made and what it optimised, every probability exact over all draws.
     *
     * @param alternativeObjective the objective with the other bonus placement, measured to choose; null without
     *        bonus numbers on tickets
     */
    @Schema(name = "BonusGenerationMetadata")
    public record Generation(@Schema(examples = "tier4+1") String targetTier, String strategy, int attempts,
            long timeElapsed,
            @Schema(description = "max_attempts: the one search of a bonus game ran all its moves") String stoppingReason,
            String algorithmVersion,
            @Schema(description = "What the strategy maximised") String objective,
            @Schema(description = "Its exact value for this set") double objectiveValue,
            @Schema(description = "P(at least one ticket wins the target tier or better)") double probabilityAtLeastOneWin,
            @Schema(description = "P(at least two tickets win the target tier or better)") double probabilityAtLeastTwoWins,
            @Schema(description = "spread: the bonus numbers differ between alike tickets; shared: every ticket holds the same; none: the game's tickets hold none", enumeration = {
                    "spread", "shared", "none" }) String bonusPlacement,
            @Schema(description = "The objective with the other placement, measured exactly to choose") Double alternativeObjective,
            List<GeneratedTicketSetResponse.Threshold> thresholds,
            @Schema(description = "The seed that reproduces this set") long seed, int ticketsRequested,
            @Schema(description = "Degradation level applied (spec 10.3); under load the set may hold fewer tickets than requested", examples = "normal") String degradationLevel,
            @Schema(description = "What the figures mean, in words") List<String> notes){
    }

    /**
     * The main numbers' patterns the set used.
     *
     * @param source {@code observed} when groups come from enough stored draws, else {@code expected} (class sizes)
     */
    @Schema(name = "BonusPatternUsage")
    public record Patterns(String lotteryType, String source, Map<String, Integer> byPattern) {
    }
}
