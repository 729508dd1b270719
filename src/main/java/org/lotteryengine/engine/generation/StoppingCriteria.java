package org.lotteryengine.engine.generation;

/**
 * The criteria one generation stops on (spec 2.1 StoppingCriteria, computed as in spec 6.1): the tier's base criteria,
 * then the strategy's modifiers, then volume adjustments, then the request's preferences and the caller's degradation.
 */
public record StoppingCriteria(PatternThresholds patternGrouping, TraditionalThresholds traditional, Meta meta,
        Bases bases) {

    /** Criteria with no dynamic adjustment: the bases are the thresholds. */
    public StoppingCriteria(PatternThresholds patternGrouping, TraditionalThresholds traditional, Meta meta) {
        this(patternGrouping, traditional, meta, new Bases(1.0, patternGrouping.hotCoverageMinimum(), patternGrouping
                .efficiencyMinimum(), traditional.optimizationScoreMinimum(), traditional.hotNumberCoverageMinimum(),
                traditional.diversityBalanceMinimum()));
    }

    /**
     * The minimum thresholds before spec 9.2's dynamic adjustment multiplied them by {@code factor}, so that a result
     * can show both.
     */
    public record Bases(double factor, double hotCoverageMinimum, double efficiencyMinimum,
            double optimizationScoreMinimum, double hotNumberCoverageMinimum, double diversityBalanceMinimum) {

        /** The base of the threshold of this name, or {@code required} when it has none (it is not adjusted). */
        public double of(String name, double required) {
            return switch (name) {
                case "hotPatternCoverage" -> hotCoverageMinimum;
                case "patternEfficiency" -> efficiencyMinimum;
                case "optimizationScore" -> optimizationScoreMinimum;
                case "hotNumberCoverage" -> hotNumberCoverageMinimum;
                case "diversityBalanceMinimum" -> diversityBalanceMinimum;
                default -> required;
            };
        }
    }

    /**
     * Primary thresholds, on the pattern groups of the tickets.
     *
     * @param maximumSinglePatternShare the largest share of the tickets one pattern may take (spec: 0.40)
     * @param maximumSinglePatternCount the same as a count for N tickets: max(1, floor(share × N)), so that a single
     *        ticket is never refused
     */
    public record PatternThresholds(double hotCoverageMinimum, double hotCoverageWeight, double warmCoverageMaximum,
            double warmCoverageWeight, double coldCoverageMaximum, double coldCoverageWeight, int minimumUniqueHot,
            double maximumSinglePatternShare, int maximumSinglePatternCount, double diversityWeight,
            double efficiencyMinimum, double efficiencyWeight) {
    }

    /** Secondary thresholds. */
    public record TraditionalThresholds(double optimizationScoreMinimum, double hotNumberCoverageMinimum,
            double diversityBalanceMinimum, double diversityBalanceMaximum, double diversityBalanceWeight) {
    }

    /**
     * Fallback limits.
     *
     * @param convergenceWindow attempts without improvement of the exact objective after which the optimiser counts as
     *        converged: max(3, stallThreshold / 4)
     */
    public record Meta(int maxAttempts, long timeoutMs, int stallThreshold, double minimumQualityGate,
            int movesPerAttempt, int convergenceWindow) {
    }

    /**
     * The criteria of one request.
     *
     * @param hotPatternCount patterns in the hot group of the game's analysis
     */
    public static StoppingCriteria calculate(BaseCriteria base, StrategyModifiers modifiers, int tickets,
            int hotPatternCount, GenerationRequest request, Degradation degradation, GenerationSettings settings) {
        double hotMinimum = Math.min(1.0, base.hotCoverageMinimum() * modifiers.hotPatternBonus());
        double coldMaximum = Boolean.FALSE.equals(request.allowColdPatterns()) ? 0.0 : base.coldCoverageMaximum();
        double singleShare = Math.min(1.0, base.maximumSinglePatternShare() * modifiers.concentrationLimit());
        int singleCount = Math.max(1, (int) Math.floor(singleShare * tickets));
        int hotTickets = (int) Math.ceil(hotMinimum * tickets - 1e-9);
        // Volume adjustments: never ask for more different hot patterns than tickets or than hot patterns exist.
        int uniqueHot = Math.min(base.minimumUniqueHot(), Math.min(hotTickets, hotPatternCount));
        // Spec 9.2: while the measured success rate is low, the minimum thresholds are lowered by this factor.
        double factor = degradation.thresholdFactor();
        PatternThresholds pattern = new PatternThresholds(hotMinimum * factor, base.hotCoverageWeight(),
                base.warmCoverageMaximum(), base.warmCoverageWeight(), coldMaximum, base.coldCoverageWeight(),
                uniqueHot, singleShare, singleCount, base.diversityWeight() * modifiers.diversityWeight(),
                base.efficiencyMinimum() * factor, base.efficiencyWeight());

        double relaxation = degradation.qualityRelaxation();
        double optimizationMinimum = (request.qualityThreshold() != null ? request.qualityThreshold()
                : base.optimizationScoreMinimum()) * relaxation;
        double optimization = Math.min(1.0, optimizationMinimum);
        double hotNumbers = Math.min(1.0, base.hotNumberCoverageMinimum() * relaxation);
        TraditionalThresholds traditional = new TraditionalThresholds(optimization * factor, hotNumbers * factor, base
                .diversityBalanceMinimum() * factor, base.diversityBalanceMaximum(), base.diversityBalanceWeight()
                        * modifiers.diversityWeight());
        Bases bases = new Bases(factor, hotMinimum, base.efficiencyMinimum(), optimization, hotNumbers, base
                .diversityBalanceMinimum());

        long requested = request.maxGenerationTimeMs() != null ? request.maxGenerationTimeMs()
                : Math.min(settings.defaultTimeoutMs(), base.timeoutMsBase());
        long timeout = Math.max(1, Math.round(Math.min(requested, settings.maxTimeoutMs()) * degradation.timeMultiplier()));
        int maxAttempts = Math.max(1, (int) Math.round(base.maxAttemptsBase() * degradation.attemptMultiplier()));
        Meta meta = new Meta(maxAttempts, timeout, base.stallThreshold(), base.minimumQualityGate() * relaxation,
                base.movesPerAttempt(), Math.max(3, base.stallThreshold() / 4));
        return new StoppingCriteria(pattern, traditional, meta, bases);
    }
}
