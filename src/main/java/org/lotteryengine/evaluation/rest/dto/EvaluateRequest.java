package org.lotteryengine.evaluation.rest.dto;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Tickets to evaluate exactly over every possible draw of a game.
 */
@Schema(name = "EvaluateRequest")
public record EvaluateRequest(
        @Schema(description = "The game's name or id", examples = "5/35") @NotBlank String lotteryType,
        @Schema(description = "The tickets, each k distinct numbers of the game; repeats allowed", examples = "[[5, 16, 23, 28, 34], [1, 2, 3, 4, 5]]") @NotEmpty List<@NotNull List<@NotNull Integer>> tickets,
        @Schema(description = "Lowest tier whose coverage to compute (default: the lowest prized tier)", examples = "tier2") @Pattern(regexp = "tier\\d{1,2}", message = "must be tierM, e.g. tier3") String lowestTier,
        @Schema(description = "A wheel's pool: when given, the response verifies the guarantees 't matches if x drawn numbers are in the pool'", examples = "[1, 2, 3, 4, 5, 6, 7, 8]") List<@NotNull Integer> pool,
        @Schema(description = "Games with a separate bonus drum: each ticket's bonus numbers, in the order of tickets", examples = "[[7], [12]]") List<@NotNull List<@NotNull Integer>> bonus) {
}
