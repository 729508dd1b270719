package org.lotteryengine.draws.rest.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a game's stored draws, newest first.
 */
@Schema(name = "DrawPage")
public record DrawPageResponse(String lotteryId, String lotteryType, long total, int page, int size,
        List<Draw> draws) {

    /** A stored draw. */
    @Schema(name = "StoredDraw")
    public record Draw(UUID id, LocalDate date, Integer drawNumber, List<Integer> numbers,
            @Schema(description = "The bonus numbers; null for a game without", examples = "[12]") List<Integer> bonus) {
    }
}
