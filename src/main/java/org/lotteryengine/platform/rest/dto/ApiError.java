package org.lotteryengine.platform.rest.dto;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The spec's error body (spec 3.1): {@code {error, message, code, details}}.
 */
// Written by the error mappers and the HTTP failure bodies, outside any REST signature
@RegisterForReflection
@Schema(name = "ApiError", description = "Every error response of the API has this shape.")
public record ApiError(
        @Schema(description = "Error name, e.g. INVALID_REQUEST", examples = "INVALID_LOTTERY_CONFIG") String error,
        @Schema(description = "What went wrong, in words", examples = "Unknown lottery type '6/99'") String message,
        @Schema(description = "Numeric error code (spec 10.1)", examples = "4005") int code,
        @Schema(description = "Structured facts: the field at fault, what was provided, what is allowed") Map<String, Object> details) {
}
