package org.lotteryengine.evaluation.rest.dto;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A wheel on the player's own numbers: a pool and a guarantee, and optionally a ticket budget.
 */
@Schema(name = "WheelRequest")
public record WheelRequest(
        @Schema(description = "The game's name or id", examples = "5/35") @NotBlank String lotteryType,
        @Schema(description = "The player's numbers: more than the game's ticket size, at most 30, all different; omitted, every number of the game (the full-game wheel)", examples = "[1, 4, 7, 9, 12, 15, 18, 21, 24, 27]") List<@NotNull Integer> pool,
        @Schema(description = "The promise: at least 'matches' matches on some ticket whenever 'ifDrawnInPool' drawn numbers are in the pool", required = true) @NotNull @Valid Guarantee guarantee,
        @Schema(description = "A ticket budget: the set of exactly this many tickets that meets the guarantee for the most draws; omitted, the smallest set found that meets it for all", examples = "10") Integer tickets,
        @Schema(description = "Longest search in milliseconds when the design library holds no design yet (default 2000, at most lottery.generation.max-timeout-ms)", examples = "2000") Long maxSearchTime) {

    /**
     * @param matches t
     * @param ifDrawnInPool x
     */
    @Schema(name = "WheelGuarantee")
    public record Guarantee(@Schema(examples = "3") @NotNull Integer matches,
            @Schema(examples = "4") @NotNull Integer ifDrawnInPool) {
    }
}
