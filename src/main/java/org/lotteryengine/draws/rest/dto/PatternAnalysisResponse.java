package org.lotteryengine.draws.rest.dto;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The spec's pattern analysis (spec 3.2), with what a fair game predicts beside every observation. {@code efficiency}
 * is the measured lift (1.0 = no effect) with its confidence interval; the spec's 2.11/1.5/0.8 appear only as
 * {@code preferenceWeight}.
 */
// Jackson also writes it outside any REST signature (the cached analysis); its nested types are registered with it
@RegisterForReflection(ignoreNested = false)
@Schema(name = "PatternAnalysis")
public record PatternAnalysisResponse(
        String lotteryType,
        String lotteryId,
        @Schema(description = "When this analysis was computed") Instant lastUpdated,
        int totalAnalyzedDraws,
        LocalDate firstDrawDate,
        LocalDate lastDrawDate,
        @Schema(description = "observed: groups follow observed frequencies; expected: too few draws are stored, so groups follow the exact expected frequencies (class sizes)", examples = "observed") String source,
        @Schema(description = "Why the source is expected, when it is") String notice,
        Map<String, Group> patternGroups,
        @Schema(description = "Every feasible pattern, most frequent first") List<Pattern> patterns,
        List<HotNumber> hotNumbers,
        ProvenCombinations provenCombinations,
        Fairness fairness,
        List<String> notes) {

    /** A measured lift with its confidence interval. */
    @Schema(name = "MeasuredLift")
    public record Lift(
            @Schema(description = "Mean share of the combinations that would have won, over the stored draws") double hitRate,
            @Schema(description = "Exact probability that one combination wins") double baseRate,
            @Schema(description = "hitRate / baseRate; 1.0 means no effect") double lift,
            Double low,
            Double high,
            double confidenceLevel,
            @Schema(description = "True when the interval holds 1.0: no effect is shown; null without an interval (fewer than 2 draws)") Boolean consistentWithNoEffect) {
    }

    /** A pattern's history, with what a fair game predicts. */
    @Schema(name = "PatternStats")
    public record Pattern(
            @Schema(examples = "01123") String pattern,
            @Schema(examples = "hot") String group,
            int frequency,
            @Schema(description = "Observed share of draws, in %") double percentage,
            @Schema(description = "Share a fair draw has, from the pattern's class size, in %") double expectedPercentage,
            long classSize,
            @Schema(description = "Measured lift for at least the minimum matches (the spec's efficiency)") Double efficiency,
            Lift efficiencyInterval,
            @Schema(description = "Measured lift for exactly m matches, keyed tierM") Map<String, Lift> efficiencyByTier,
            @Schema(description = "Draws since it last came up (0 = latest draw)") Integer lastSeen,
            @Schema(description = "Mean draws between appearances") Double averageGap) {
    }

    /** A pattern group. */
    @Schema(name = "PatternGroup")
    public record Group(
            List<Pattern> patterns,
            int totalPatterns,
            int combinedFrequency,
            double percentage,
            double expectedPercentage,
            @Schema(description = "The group's measured lift (the spec's averageEfficiency); 1.0 means no effect") Double averageEfficiency,
            Lift efficiency,
            Map<String, Lift> efficiencyByTier,
            @Schema(description = "The configured preference weight of the group in the patternEfficiency score (the spec's efficiency multiplier): a preference, not a measured effect") double preferenceWeight) {
    }

    /** A frequently drawn number. */
    @Schema(name = "HotNumber")
    public record HotNumber(int number, int frequency, double percentage, double expectedPercentage,
            List<String> patternAssociation, Integer lastSeen, Double averageGap) {
    }

    /** Frequent pairs and triplets ("proven" in the spec's words: observed, not predictive). */
    @Schema(name = "ProvenCombinations")
    public record ProvenCombinations(List<Pair> frequentPairs, List<Triplet> provenTriplets) {
    }

    /** A pair of numbers seen together. */
    @Schema(name = "FrequentPair")
    public record Pair(@Schema(examples = "[19, 28]") List<Integer> pair, int frequency, double percentage,
            double expectedPercentage, Integer lastSeen, List<String> associatedPatterns) {
    }

    /** A triplet of numbers seen together. */
    @Schema(name = "ProvenTriplet")
    public record Triplet(@Schema(examples = "[8, 13, 25]") List<Integer> triplet, int frequency, double percentage,
            double expectedPercentage, Integer lastSeen, List<String> associatedPatterns) {
    }

    /** Chi-square tests against a fair game. */
    @Schema(name = "Fairness")
    public record Fairness(ChiSquare numbers, ChiSquare patterns) {
    }

    /** One chi-square goodness-of-fit test. */
    @Schema(name = "ChiSquare")
    public record ChiSquare(double chiSquare, int degreesOfFreedom, double pValue,
            @Schema(description = "pValue below 1 - confidence: unusual for a fair game") boolean significant,
            int categories, int pooledCategories, String interpretation) {
    }
}
