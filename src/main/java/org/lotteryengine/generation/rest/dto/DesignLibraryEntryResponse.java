package org.lotteryengine.generation.rest.dto;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One key of the design library, without its tickets.
 */
@Schema(name = "DesignLibraryEntry")
public record DesignLibraryEntryResponse(
        @Schema(description = "The key's id: a digest of every field below up to algorithm") String key,
        @Schema(examples = "5 of 1..35") String game,
        @Schema(description = "A digest of the game's numbers, prizes and price") String gameDigest,
        @Schema(examples = "tier3") String targetTier,
        @Schema(examples = "conservative") String strategy, int numberOfTickets,
        @Schema(description = "The request's allowColdPatterns: tier (not given), allowed or forbidden") String coldPatterns,
        @Schema(description = "A digest of the pattern data (groups, hot numbers, pairs, triplets) the design was made for") String patternDigest,
        String algorithm,
        @Schema(description = "A game of this shape whose pattern data the background search reads; null when none is left") String lotteryId,
        @Schema(description = "1 for the first stored design, one more for each improvement") int revision,
        @Schema(description = "The strategy's objective, exact: P(at least one win), P(at least two wins) or their mean") double objective,
        @Schema(description = "Attempts of the search that found the stored design") long searchAttempts,
        @Schema(description = "Milliseconds of the search that found the stored design") long searchMs,
        @Schema(description = "Milliseconds of search spent on this key, by every replica") long totalSearchMs,
        OffsetDateTime foundAt,
        @Schema(description = "Requests for this key counted so far (each replica adds its count every few seconds)") long requests,
        @Schema(description = "The replica whose background search holds the key, or null") String claimedBy,
        OffsetDateTime claimedUntil) {
}
