package org.lotteryengine.backtest.rest.dto;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Tickets, or a stored session's set, to replay on a game's stored draws.
 */
@Schema(name = "BacktestRequest")
public record BacktestRequest(
        @Schema(description = "The game's name or id; optional with sessionId", examples = "5/35") String lotteryType,
        @Schema(description = "The tickets, each k distinct numbers of the game; give these or sessionId", examples = "[[5, 16, 23, 28, 34], [1, 2, 3, 4, 5]]") @Size(min = 1, message = "must hold at least one ticket") List<@NotNull List<@NotNull Integer>> tickets,
        @Schema(description = "Games with a separate bonus drum: each ticket's bonus numbers, in the order of tickets", examples = "[[7], [12]]") List<@NotNull List<@NotNull Integer>> bonus,
        @Schema(description = "A stored session whose ticket set to replay; give this or tickets", examples = "3f2b8c1e-5d4a-4c7b-9e2f-1a6d8b0c4e5f") String sessionId,
        @Schema(description = "First draw date included (default: the oldest stored draw)", examples = "2020-01-01") LocalDate from,
        @Schema(description = "Last draw date included (default: the newest stored draw)", examples = "2021-12-31") LocalDate to) {
}
