package org.lotteryengine.rest.dto;

import java.math.BigDecimal;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A configured game (spec 2.1 LotteryConfiguration, generalised to any k-of-n game).
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
        @Schema(description = "Prize per tier, keyed tierM for exactly M matches") Map<String, Prize> prizeStructure) {

    /** The smallest and largest number of the game. */
    public record NumberRange(int min, int max) {
    }

    /** The prize for exactly {@code matches} matching numbers. */
    public record Prize(
            int matches,
            @Schema(description = "fixed, free_ticket or pari_mutuel") String prizeType,
            @Schema(description = "Amount; null for a pari-mutuel prize, which depends on sales and winners") BigDecimal prize,
            String description) {
    }
}
