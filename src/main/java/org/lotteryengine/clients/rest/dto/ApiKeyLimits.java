package org.lotteryengine.clients.rest.dto;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A key's own limits per window (lottery.rate-limits.window); an absent limit is the configured default.
 */
@Schema(name = "ApiKeyLimits")
public record ApiKeyLimits(
        @Schema(description = "POST /api/v2/generate-tickets per window", examples = "100") Integer generationRequests,
        @Schema(description = "Any /api/v2 request per window", examples = "10000") Integer apiRequests,
        @Schema(description = "Status streams opened per window", examples = "1000") Integer statusChecks) {
}
