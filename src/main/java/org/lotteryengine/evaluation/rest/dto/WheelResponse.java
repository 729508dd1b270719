package org.lotteryengine.evaluation.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A wheel mapped onto the player's numbers, verified by enumeration, with its exact figures over every draw.
 */
@Schema(name = "Wheel")
public record WheelResponse(String lotteryType, List<Integer> pool, WheelRequest.Guarantee guarantee,
        @Schema(description = "Whether every draw with ifDrawnInPool numbers in the pool matches at least 'matches' on some ticket, checked over all C(v, x) ways") boolean guaranteeHolds,
        @Schema(description = "Of the C(v, x) ways for ifDrawnInPool drawn numbers to fall in the pool, those the guarantee holds for") long waysMet,
        long ways, int ticketCount, List<List<Integer>> tickets,
        @Schema(description = "No set that meets a covering guarantee (matches = ifDrawnInPool) is smaller (Schönheim bound); 1 otherwise") long lowerBound,
        @Schema(description = "The smallest published design for these parameters, or null when none is on file") BestKnown bestKnown,
        @Schema(description = "ticketCount minus the best known size, or null") Integer aboveBestKnown,
        @Schema(description = "library: the design was stored; search: it was searched for this request") String source,
        @Schema(description = "Milliseconds of search behind the design") long searchMs,
        @Schema(description = "The exact evaluation of the tickets over every draw of the game") EvaluationResponse evaluation) {

    @Schema(name = "BestKnownWheel")
    public record BestKnown(int tickets, String source) {
    }
}
