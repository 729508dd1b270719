package org.lotteryengine.evaluation.rest.dto;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The exact evaluation of a ticket set over every possible draw. Counts are exact numbers of draws; probabilities are
 * those counts divided by the number of draws.
 */
@Schema(name = "EvaluationResponse")
public record EvaluationResponse(
        String lotteryId,
        String lotteryType,
        @Schema(description = "Every draw, all equally likely: C(n, k), times the bonus draws for a bonus game", examples = "324632") long totalDraws,
        int numberOfTickets,
        int distinctTickets,
        @Schema(description = "numberOfTickets × ticket price") BigDecimal cost,
        String currency,
        @Schema(description = "One entry per tier from the lowest evaluated up to k; for a bonus game every tier, best first") List<Tier> tiers,
        Payout payout,
        @Schema(description = "The fewest matches every draw gives some ticket; null for a bonus game") Guarantee guarantee,
        @Schema(description = "Present when a pool was given") Wheel wheel,
        @Schema(description = "What the figures mean, in words") List<String> notes) {

    /** One tier's figures. */
    @Schema(name = "EvaluatedTier")
    public record Tier(
            @Schema(examples = "tier3") String tier,
            @Schema(description = "Matches (main matches for a bonus game)") int matches,
            @Schema(description = "A bonus game's bonus matches; null for a k-of-n game") Integer bonusMatches,
            @Schema(description = "Prize for exactly this many matches, if any") BigDecimal prize,
            String prizeType,
            @Schema(description = "Expected number of tickets with exactly this many matches: N × ways / total, the same for every set of N tickets") BigDecimal expectedWinningTickets,
            @Schema(description = "Draws on which at least one ticket matches this many numbers or more") long drawsWithWinAtLeast,
            @Schema(description = "P(at least one ticket matches this many or more): the set's coverage") double probabilityAtLeastOne,
            @Schema(description = "The same for N random distinct tickets (closed form)") double randomDistinctTickets,
            @Schema(description = "The same for N independent random quick picks, repeats possible (closed form)") double randomQuickPicks,
            @Schema(description = "Relative change of the coverage against random distinct tickets, e.g. 20.0%; null when random tickets cannot win") String improvement) {
    }

    /** The exact distribution of the set's total payout. */
    @Schema(name = "PayoutFigures")
    public record Payout(
            @Schema(description = "E[payout], exact to 34 significant digits") BigDecimal expectedRevenue,
            @Schema(description = "(expectedRevenue - cost) / cost × 100") BigDecimal roi,
            BigDecimal variance,
            double standardDeviation,
            @Schema(description = "P(payout ≥ cost)") double breakEvenProbability,
            @Schema(description = "P(payout > cost)") double profitProbability,
            @Schema(description = "Payout quantiles p50, p90, p99, p999 and max") Map<String, BigDecimal> quantiles,
            @Schema(description = "Every distinct payout with the number of draws giving it") List<PayoutPoint> distribution,
            @Schema(description = "True when pari-mutuel prizes, of unknown amount, are left out (counted as 0)") boolean excludesPariMutuel) {
    }

    /** One point of the payout distribution. */
    @Schema(name = "PayoutPoint")
    public record PayoutPoint(BigDecimal payout, long draws, double probability) {
    }

    /** The smallest, over all draws, of the best match in the set. */
    @Schema(name = "Guarantee")
    public record Guarantee(@Schema(examples = "2") int minimumBestMatch, String statement) {
    }

    /** Verified wheel guarantees. */
    @Schema(name = "WheelGuarantees")
    public record Wheel(List<Integer> pool, List<WheelGuarantee> guarantees) {
    }

    /** "At least {@code matches} on some ticket if {@code inPool} drawn numbers are in the pool." */
    @Schema(name = "WheelGuarantee")
    public record WheelGuarantee(int inPool, int matches, String statement) {
    }
}
