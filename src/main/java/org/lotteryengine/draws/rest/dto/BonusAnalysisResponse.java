package org.lotteryengine.draws.rest.dto;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The analysis of a game with bonus numbers: frequencies of its main numbers, bonus numbers and pattern strings (of
 * the main numbers) beside a fair game's, with a chi-square screen of each. Hot, warm and cold groups and their lift
 * are built for k-of-n games only so far.
 */
// Written by Jackson outside any REST signature (the endpoint answers bytes), so registered for a native image.
@RegisterForReflection(ignoreNested = false)
@Schema(name = "BonusAnalysis")
public record BonusAnalysisResponse(
        @Schema(examples = "powerball") String lotteryId,
        @Schema(examples = "Powerball") String lotteryType,
        int totalAnalyzedDraws,
        @Schema(description = "Every main number, ascending") List<NumberFrequency> mainNumbers,
        @Schema(description = "Every bonus number, ascending; for a same-drum game every ball, as the bonus ball") List<NumberFrequency> bonusNumbers,
        @Schema(description = "Every feasible pattern string of the main numbers, ascending") List<PatternFrequency> patterns,
        BonusFairness fairness,
        @Schema(description = "What the analysis does not hold, and why") String note) {

    /** How often a number was drawn, beside a fair game. */
    @Schema(name = "NumberFrequency")
    public record NumberFrequency(int number, int frequency,
            @Schema(description = "frequency / draws × 100; null without draws") Double percentage,
            @Schema(description = "What a fair game draws in as many draws") double expectedFrequency,
            @Schema(description = "expectedFrequency / draws × 100; null without draws") Double expectedPercentage) {
    }

    /** How often a pattern string came up, beside its exact share of all main draws. */
    @Schema(name = "PatternFrequency")
    public record PatternFrequency(@Schema(examples = "01234") String pattern, int frequency,
            @Schema(description = "frequency / draws × 100; null without draws") Double percentage,
            double expectedFrequency,
            @Schema(description = "The pattern's exact share of all C(n, k) main draws, × 100") double expectedPercentage,
            @Schema(description = "Its group for generation: by frequency with enough draws, else by class size", enumeration = {
                    "hot", "warm", "cold", "unknown" }) String group){
    }

    /** Chi-square screens of the main drum, the bonus drum and the patterns, each against a fair game. */
    @Schema(name = "BonusFairness")
    public record BonusFairness(PatternAnalysisResponse.ChiSquare mainNumbers,
            PatternAnalysisResponse.ChiSquare bonusNumbers, PatternAnalysisResponse.ChiSquare patterns) {
    }
}
