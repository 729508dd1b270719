package org.lotteryengine.engine.generation;

/**
 * The base stopping criteria of one tier (spec 6.1 and 9.1), before strategy, volume and request adjustments.
 * Coverages and shares are fractions of the tickets (0 to 1). {@code movesPerAttempt} is the number of improvement
 * moves one attempt makes.
 */
public record BaseCriteria(
        double hotCoverageMinimum, double hotCoverageWeight,
        double warmCoverageMaximum, double warmCoverageWeight,
        double coldCoverageMaximum, double coldCoverageWeight,
        int minimumUniqueHot, double maximumSinglePatternShare, double diversityWeight,
        double efficiencyMinimum, double efficiencyWeight,
        double optimizationScoreMinimum, double hotNumberCoverageMinimum,
        double diversityBalanceMinimum, double diversityBalanceMaximum, double diversityBalanceWeight,
        int maxAttemptsBase, long timeoutMsBase, int stallThreshold, double minimumQualityGate, int movesPerAttempt,
        double patternScoreWeight, double numberScoreWeight, double diversityScoreWeight) {
}
