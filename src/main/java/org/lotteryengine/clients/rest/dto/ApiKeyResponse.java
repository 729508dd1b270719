package org.lotteryengine.clients.rest.dto;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An API key as an administrator sees it. The key itself ({@code key}) appears only in the answer that issued it.
 */
@Schema(name = "ApiKey")
public record ApiKeyResponse(
        @Schema(description = "The key's id, for revoking it") String id,
        String name,
        @Schema(examples = "[\"generate\"]") List<String> scopes,
        ApiKeyLimits limits,
        Instant createdAt,
        @Schema(description = "When it was revoked; null while usable") Instant revokedAt,
        @Schema(description = "The secret to send as X-API-Key; only in the answer that issued the key, never again") @JsonInclude(JsonInclude.Include.NON_NULL) String key) {
}
