package org.lotteryengine.generation.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What warming one key did.
 */
@Schema(name = "WarmedDesign")
public record WarmedDesignResponse(String key,
        @Schema(description = "Whether the search's set is now the key's design (first one, or better than the stored one)") boolean stored,
        @Schema(description = "The revision stored, or null when the library kept its design") Integer revision,
        @Schema(description = "The objective of the searched set") double objective,
        @Schema(description = "The searched set's status for this request", examples = "success") String status,
        @Schema(description = "Why the search stopped", examples = "pattern_thresholds") String stoppingReason,
        int attempts, long timeElapsed) {
}
