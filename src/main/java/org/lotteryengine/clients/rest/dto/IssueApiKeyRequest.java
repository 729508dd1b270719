package org.lotteryengine.clients.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A key to issue.
 */
@Schema(name = "IssueApiKeyRequest")
public record IssueApiKeyRequest(
        @Schema(description = "Who holds the key, 1 to 100 characters", examples = "partner-app", required = true) String name,
        @Schema(description = "generate, write-draws, admin", examples = "[\"generate\"]", required = true) List<String> scopes,
        @Schema(description = "The key's own limits; absent ones are the configured defaults") ApiKeyLimits limits) {
}
