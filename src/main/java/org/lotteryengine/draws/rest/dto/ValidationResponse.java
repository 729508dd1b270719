package org.lotteryengine.draws.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The spec's success-criteria validation (spec 16.2), computed honestly: the measured multiplier of hot patterns over
 * the exact base rate, against the promised one. Field names are camelCase like the rest of the API, except the five
 * the spec's validator returns by name ({@code meets_criteria}, {@code actual_efficiency}, {@code promised_efficiency},
 * {@code margin}, {@code confidence_level}). A figure that needs stored draws is null without them, and so is a
 * verdict without an interval.
 */
@Schema(name = "Validation", description = "Spec 16.2's validation, measured. camelCase, except the five fields the spec's validator names in snake_case: meets_criteria, actual_efficiency, promised_efficiency, margin, confidence_level. Figures that need stored draws are null without them.")
public record ValidationResponse(
        String lotteryType,
        String lotteryId,
        int totalAnalyzedDraws,
        List<String> hotPatterns,
        @JsonProperty("meets_criteria") @Schema(description = "The spec's criterion, applied to the measurement: actual_efficiency >= minimumAccepted; null without stored draws") Boolean meetsCriteria,
        @JsonProperty("actual_efficiency") @Schema(description = "Measured lift of the hot patterns' combinations at the minimum matches; null without stored draws") Double actualEfficiency,
        @JsonProperty("promised_efficiency") @Schema(description = "The spec's promise, which this service keeps only as the hot preference weight") double promisedEfficiency,
        @Schema(description = "The spec's acceptance threshold, 2.0") double minimumAccepted,
        @JsonProperty("margin") @Schema(description = "actual_efficiency minus promised_efficiency; null without stored draws") Double margin,
        @JsonProperty("confidence_level") @Schema(description = "Level of confidenceInterval; null without stored draws") Double confidenceLevel,
        @Schema(description = "Confidence interval of actual_efficiency; empty with too few draws") List<Double> confidenceInterval,
        @Schema(description = "True when the interval holds 1.0: no effect of hot patterns is shown; null without an interval") Boolean consistentWithNoEffect,
        @Schema(description = "Exact probability that one combination wins at the minimum matches") Double baseRate,
        @Schema(description = "Measured win share of the hot patterns' combinations; null without stored draws") Double hotHitRate,
        int minimumMatches,
        String explanation) {
}
