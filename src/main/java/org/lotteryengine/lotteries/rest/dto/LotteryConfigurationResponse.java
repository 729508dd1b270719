package org.lotteryengine.lotteries.rest.dto;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A configured game (spec 2.1 LotteryConfiguration, generalised to any k-of-n game and to games with bonus numbers),
 * with its exact odds. A k-of-n game lists its prizes in {@code prizeStructure} and {@code odds}; a bonus game in
 * {@code bonusTiers}, best first, with {@code bonus} describing its bonus numbers.
 */
@Schema(name = "LotteryConfiguration")
public record LotteryConfigurationResponse(
        @Schema(description = "Path-safe id, used in URLs", examples = "tx-cash-five-5-35") String id,
        @Schema(description = "Display name, the lotteryType of request bodies", examples = "5/35") String name,
        String description,
        NumberRange numberRange,
        @Schema(description = "Numbers drawn and numbers on a ticket", examples = "5") int drawSize,
        @Schema(description = "Length of a pattern string", examples = "5") int patternLength,
        @Schema(description = "How a pattern is derived: the tens digit of each sorted number", examples = "tens-digit") String patternRule,
        @Schema(description = "Price of one ticket", examples = "1.00") BigDecimal ticketPrice,
        @Schema(description = "ISO 4217 currency of prices and prizes", examples = "USD") String currency,
        @Schema(description = "Prize per tier, keyed tierM for exactly M matches; empty for a bonus game") Map<String, Prize> prizeStructure,
        @Schema(description = "The number of equally likely draws: C(n, k), times the bonus draws for a bonus game", examples = "324632") long totalCombinations,
        @Schema(description = "How many pattern strings (of the main numbers) are feasible", examples = "56") int patternCount,
        @Schema(description = "Exact odds of one ticket for every match count 0..k; empty for a bonus game") List<MatchOdds> odds,
        @Schema(description = "The bonus numbers; null for a k-of-n game") Bonus bonus,
        @Schema(description = "A bonus game's prize tiers, best first, with their exact odds; null for a k-of-n game") List<BonusTierOdds> bonusTiers,
        @Schema(description = "Exact expected prize value of one ticket (known prizes only), 34 significant digits") BigDecimal expectedValuePerTicket,
        @Schema(description = "expectedValuePerTicket / ticketPrice: the share of the stake paid back on average") BigDecimal returnToPlayer,
        @Schema(description = "True when some prize is pari-mutuel, whose amount is unknown and counted as 0") boolean hasPariMutuelPrizes) {

    /** The smallest and largest number of the game. */
    public record NumberRange(int min, int max) {
    }

    /** The bonus numbers of a game that draws them. */
    @Schema(name = "BonusNumbers")
    public record Bonus(
            @Schema(description = "separate: a drum of its own; same: one more ball from the main drum, after the main numbers", examples = "separate") String drum,
            @Schema(description = "Bonus numbers; for the same drum, the main numbers") NumberRange numberRange,
            @Schema(description = "Bonus numbers drawn", examples = "1") int drawSize,
            @Schema(description = "Bonus numbers on a ticket: as many as drawn from a separate drum, none for the same drum", examples = "1") int ticketBonusNumbers,
            @Schema(description = "C(n, k): the main draws", examples = "11238513") long mainDraws,
            @Schema(description = "Draws, of totalCombinations, on which one ticket wins some prize", examples = "11750979") long anyPrizeWays,
            @Schema(description = "totalCombinations / anyPrizeWays: the overall odds, '1 in X'", examples = "24.8660") double anyPrizeOneIn) {
    }

    /** A bonus game's prize tier with its exact odds. */
    @Schema(name = "BonusTierOdds")
    public record BonusTierOdds(
            @Schema(description = "main matches + bonus matches", examples = "5+1") String tier,
            @Schema(description = "1 for the best tier", examples = "1") int rank,
            int mainMatches,
            @Schema(description = "Bonus matches; a tier also pays more bonus matches that no tier of their own pays") int bonusMatches,
            @Schema(description = "fixed, free_ticket or pari_mutuel") String prizeType,
            @Schema(description = "Amount; null for a pari-mutuel prize") BigDecimal prize,
            String description,
            @Schema(description = "Draws, of totalCombinations, that this tier pays one ticket", examples = "1") long ways,
            @Schema(description = "ways/totalCombinations, unreduced", examples = "1/292201338") String exact,
            double probability,
            @Schema(description = "totalCombinations / ways: '1 in X'", examples = "292201338.0") double oneIn,
            @Schema(description = "prize × probability, exact to 34 significant digits; 0 for pari-mutuel") BigDecimal expectedValue) {
    }

    /** The prize for exactly {@code matches} matching numbers. */
    public record Prize(
            int matches,
            @Schema(description = "fixed, free_ticket or pari_mutuel") String prizeType,
            @Schema(description = "Amount; null for a pari-mutuel prize, which depends on sales and winners") BigDecimal prize,
            String description) {
    }

    /** The exact odds of one ticket matching exactly {@code matches} numbers. */
    @Schema(name = "MatchOdds")
    public record MatchOdds(
            @Schema(examples = "tier3") String tier,
            @Schema(examples = "3") int matches,
            @Schema(description = "Draws, of all C(n, k), that match exactly this many numbers", examples = "4350") long ways,
            @Schema(description = "ways/C(n, k), unreduced", examples = "4350/324632") String exact,
            @Schema(description = "ways / C(n, k)", examples = "0.013399788") double probability,
            @Schema(description = "C(n, k) / ways: '1 in X'; null when impossible", examples = "74.628") Double oneIn,
            @Schema(description = "Prize, if any; null for none or pari-mutuel") BigDecimal prize,
            @Schema(description = "fixed, free_ticket, pari_mutuel, or null for no prize") String prizeType,
            @Schema(description = "prize × probability, exact to 34 significant digits") BigDecimal expectedValue) {
    }
}
