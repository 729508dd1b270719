package org.lotteryengine.engine.generation;

import java.util.Map;

/**
 * The quality of a ticket set (spec 2.1 QualityMetrics). Every share is of the N tickets and lies in 0..1. These are
 * the spec's heuristics of "quality"; none of them changes a ticket's odds. The exact figures are in
 * {@link Coverage}.
 */
public record QualityMetrics(Overall overall, PatternGrouping patternGrouping, NumberAnalysis numberAnalysis,
        Diversity diversity, Coverage coverage) {

    /**
     * @param optimizationScore the spec 6.2 score: tier weights (pattern, number, diversity) over the pattern score
     *        (0.4 hot coverage + 0.3 patternEfficiency + 0.2 diversityScore + 0.1 (1 - cold coverage)), the number
     *        score (0.5 hot-number coverage + 0.3 frequent-pair share + 0.2 consecutive rate) and the diversity score
     *        (0.6 coverageRatio + 0.4 (1 - averageOverlap / k)); clamped to 0..1
     * @param qualityGrade A+ from 0.90, A from 0.80, B+ from 0.75, B from 0.70, C+ from 0.65, C from 0.60, D below
     * @param passedAllThresholds every pattern-grouping and traditional threshold holds
     */
    public record Overall(double optimizationScore, String qualityGrade, boolean passedAllThresholds) {
    }

    /**
     * @param hotPatternCoverage share of tickets whose pattern is hot
     * @param warmPatternCoverage share whose pattern is warm
     * @param coldPatternCoverage share whose pattern is cold
     * @param unknownPatternCoverage share whose pattern is in no group
     * @param patternEfficiency mean preference weight of the tickets' groups divided by the largest weight (0..1): a
     *        preference score, not a measured effect
     */
    public record PatternGrouping(double hotPatternCoverage, double warmPatternCoverage, double coldPatternCoverage,
            double unknownPatternCoverage, PatternDiversity patternDiversity, double patternEfficiency) {
    }

    /**
     * @param uniqueHotPatterns different hot patterns used
     * @param uniqueWarmPatterns different warm patterns used
     * @param maxSinglePatternUsage tickets of the most used pattern (a count)
     * @param diversityScore different patterns / N, at most 1 (spec 5.1)
     */
    public record PatternDiversity(int uniqueHotPatterns, int uniqueWarmPatterns, int maxSinglePatternUsage,
            double diversityScore) {
    }

    /**
     * @param hotNumberCoverage share of tickets holding at least one hot number
     * @param numberDistribution numbers on all tickets, counted in five equal ranges of the game's numbers, keyed
     *        {@code range<low>_<high>} (5/35: range1_7 .. range29_35)
     * @param consecutiveNumberRate share of tickets holding two consecutive numbers
     */
    public record NumberAnalysis(double hotNumberCoverage, Map<String, Integer> numberDistribution,
            double consecutiveNumberRate, ProvenCombinationUsage provenCombinationUsage) {
    }

    /**
     * Shares of the tickets (the spec's counts divided by N, so that they stay in 0..1).
     *
     * @param frequentPairs share of tickets holding one of the history's frequent pairs
     * @param provenTriplets share holding one of its frequent triplets
     * @param overlappingPatterns share whose pattern another ticket also has
     */
    public record ProvenCombinationUsage(double frequentPairs, double provenTriplets, double overlappingPatterns) {
    }

    /**
     * @param uniqueNumbers different numbers on all tickets
     * @param averageOverlap mean number of numbers two tickets share, over all pairs of tickets
     * @param coverageRatio uniqueNumbers / n
     */
    public record Diversity(int uniqueNumbers, double averageOverlap, double coverageRatio) {
    }

    /**
     * The exact figures the engine optimises, over all C(n, k) equally likely draws.
     *
     * @param targetTier the target match count
     * @param objective what the strategy maximises, in words
     * @param atLeastOneWin P(at least one ticket matches the target tier or better)
     * @param atLeastTwoWins P(at least two tickets match the target tier or better)
     * @param randomDistinctAtLeastOne the same as atLeastOneWin for N random distinct tickets (closed form)
     * @param randomQuickPicksAtLeastOne the same for N independent quick picks (closed form)
     */
    public record Coverage(int targetTier, String objective, double atLeastOneWin, double atLeastTwoWins,
            double randomDistinctAtLeastOne, double randomQuickPicksAtLeastOne) {
    }

    /** The grade of an optimisation score. */
    public static String grade(double score) {
        if (score >= 0.90) {
            return "A+";
        }
        if (score >= 0.80) {
            return "A";
        }
        if (score >= 0.75) {
            return "B+";
        }
        if (score >= 0.70) {
            return "B";
        }
        if (score >= 0.65) {
            return "C+";
        }
        return score >= 0.60 ? "C" : "D";
    }
}
