package org.lotteryengine.draws.rest.dto;

import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Draws uploaded as JSON.
 */
@Schema(name = "DrawUpload")
public record DrawUploadRequest(@NotNull List<Draw> draws) {

    /** One draw. */
    @Schema(name = "DrawUploadRow")
    public record Draw(@Schema(examples = "2020-01-31") String date, @Schema(description = "Optional") Integer drawNumber,
            @Schema(description = "The main numbers", examples = "[3, 9, 14, 22, 35]") List<Integer> numbers,
            @Schema(description = "A bonus game's bonus numbers (the bonus ball of a same-drum game); absent for other games", examples = "[12]") List<Integer> bonus) {
    }
}
