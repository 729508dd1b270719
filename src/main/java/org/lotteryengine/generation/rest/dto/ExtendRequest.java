package org.lotteryengine.generation.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * More time for a running generation.
 */
@Schema(name = "ExtendRequest")
public record ExtendRequest(
        @Schema(description = "Milliseconds to add to the generation's limit", examples = "10000", required = true) Long additionalTime) {
}
