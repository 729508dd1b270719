package org.lotteryengine.generation.rest.dto;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A generation request (spec 3.1 and 2.1 UserRequest). The service checks every field itself, so that each invalid
 * one gets its own code of spec 10.1 (4001 tier, 4002 ticket count, 4003 strategy, 4004 budget, 4005 game).
 */
@Schema(name = "GenerateTicketsRequest", description = "What to generate")
public record GenerateTicketsRequest(
        @Schema(description = "The tier aimed at: tierM wins with M matches; tier3 to tier5 for 5/35, any prized tier of the game. A game with bonus numbers names its tiers tierM+B, M main and B bonus matches, e.g. tier4+1 of powerball", examples = "tier4", required = true, pattern = "tier\\d{1,2}(\\+\\d)?") String targetTier,
        @Schema(description = "How many distinct tickets, 1 to lottery.engine.max-tickets (500)", examples = "100", required = true, minimum = "1", maximum = "500") Integer numberOfTickets,
        @Schema(description = "conservative: most draws with a win; aggressive: tickets on a pool of hot numbers, more draws with two or more wins; balanced: the mean of both", examples = "aggressive", required = true, enumeration = {
                "conservative", "balanced", "aggressive" }) String strategy,
        @Schema(description = "Most the client will spend; the tickets' cost must not exceed it", examples = "500", minimum = "0") BigDecimal budget,
        @Schema(description = "The game's name or id", examples = "5/35", required = true) String lotteryType,
        @Schema(description = "Optional limits") Preferences preferences,
        @Schema(description = "Makes the run reproducible: the same request, seed and draws give the same tickets", examples = "42") Long seed){

    /**
     * Spec 2.1 UserRequest.preferences.
     */
    @Schema(name = "GenerationPreferences")
    public record Preferences(
            @Schema(description = "Time limit in milliseconds, 1 to lottery.generation.max-timeout-ms (120000)", examples = "30000", minimum = "1", maximum = "120000") Long maxGenerationTime,
            @Schema(description = "Smallest optimizationScore to accept, 0 to 1", examples = "0.75", minimum = "0", maximum = "1") Double qualityThreshold,
            @Schema(description = "false: no ticket on a cold pattern", examples = "false") Boolean allowColdPatterns) {
    }
}
