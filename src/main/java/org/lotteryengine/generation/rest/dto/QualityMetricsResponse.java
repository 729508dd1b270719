package org.lotteryengine.generation.rest.dto;

import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Spec 2.1 QualityMetrics, plus coverage: the wire form of the engine's quality metrics. Every share is of the N
 * tickets and lies in 0..1; these are the spec's heuristics of "quality", and none of them changes a ticket's odds.
 * The exact figures are in {@link Coverage}.
 */
@Schema(name = "QualityMetrics")
public record QualityMetricsResponse(Overall overall, PatternGrouping patternGrouping, NumberAnalysis numberAnalysis,
        Diversity diversity, Coverage coverage) {

    public record Overall(
            @Schema(description = "The spec 6.2 score: the tier's weights over the pattern, number and diversity scores") double optimizationScore,
            @Schema(description = "A+ from 0.90, A from 0.80, B+ from 0.75, B from 0.70, C+ from 0.65, C from 0.60, D below") String qualityGrade,
            boolean passedAllThresholds) {
    }

    public record PatternGrouping(double hotPatternCoverage, double warmPatternCoverage, double coldPatternCoverage,
            double unknownPatternCoverage, PatternDiversity patternDiversity, double patternEfficiency) {
    }

    public record PatternDiversity(int uniqueHotPatterns, int uniqueWarmPatterns, int maxSinglePatternUsage,
            double diversityScore) {
    }

    public record NumberAnalysis(double hotNumberCoverage,
            @Schema(description = "Numbers on all tickets, counted in five equal ranges of the game's numbers") Map<String, Integer> numberDistribution,
            double consecutiveNumberRate, ProvenCombinationUsage provenCombinationUsage) {
    }

    public record ProvenCombinationUsage(double frequentPairs, double provenTriplets, double overlappingPatterns) {
    }

    public record Diversity(int uniqueNumbers, double averageOverlap, double coverageRatio) {
    }

    @Schema(description = "Exact over every possible draw")
    public record Coverage(int targetTier, String objective, double atLeastOneWin, double atLeastTwoWins,
            double randomDistinctAtLeastOne, double randomQuickPicksAtLeastOne) {
    }
}
