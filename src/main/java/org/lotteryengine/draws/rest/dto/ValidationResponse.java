package org.lotteryengine.draws.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The spec's success-criteria validation (spec 16.2), computed honestly: the measured multiplier of hot patterns over
 * the exact base rate, against the promised one. Field names follow the spec (snake_case).
 */
@Schema(name = "Validation")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ValidationResponse(
        String lotteryType,
        String lotteryId,
        int totalAnalyzedDraws,
        List<String> hotPatterns,
        @Schema(description = "The spec's criterion, applied to the measurement: actual_efficiency >= minimum_accepted") boolean meetsCriteria,
        @Schema(description = "Measured lift of the hot patterns' combinations at the minimum matches") Double actualEfficiency,
        @Schema(description = "The spec's promise, which this service keeps only as the hot preference weight") double promisedEfficiency,
        @Schema(description = "The spec's acceptance threshold, 2.0") double minimumAccepted,
        Double margin,
        double confidenceLevel,
        @Schema(description = "Confidence interval of actual_efficiency") List<Double> confidenceInterval,
        @Schema(description = "True when the interval holds 1.0: no effect of hot patterns is shown") boolean consistentWithNoEffect,
        @Schema(description = "Exact probability that one combination wins at the minimum matches") double baseRate,
        @Schema(description = "Measured win share of the hot patterns' combinations") Double hotHitRate,
        int minimumMatches,
        String explanation) {
}
