package org.lotteryengine.engine.generation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.lotteryengine.engine.Formats;
import org.lotteryengine.engine.evaluation.TicketSetEvaluator;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.history.AnalysisSettings;
import org.lotteryengine.engine.history.DrawHistory;
import org.lotteryengine.engine.history.DrawRecord;
import org.lotteryengine.engine.history.HistoryAnalysis;
import org.lotteryengine.engine.history.HistoryAnalyzer;
import org.lotteryengine.generation.mapping.ApiRequestFields;

/**
 * The engine's settings as application.properties sets them (spec 6.1 and 9.1), and pattern data from a seeded
 * history, so that generation tests need no shared data.
 */
public final class GenerationFixtures {

    private GenerationFixtures() {
    }

    public static GenerationSettings specSettings() {
        Map<Integer, BaseCriteria> criteria = new HashMap<>();
        criteria.put(3, new BaseCriteria(0.70, 1.0, 0.20, 0.8, 0.10, 0.6, 4, 0.40, 0.7, 0.65, 0.9, 0.65, 0.70, 0.0,
                1.0, 0.5, 100, 15000, 20, 0.60, 1000, 0.5, 0.3, 0.2));
        criteria.put(4, new BaseCriteria(0.85, 1.0, 0.12, 0.8, 0.03, 0.9, 3, 0.50, 0.6, 0.75, 1.0, 0.70, 0.80, 0.0,
                1.0, 0.5, 200, 25000, 30, 0.60, 200, 0.7, 0.2, 0.1));
        criteria.put(5, new BaseCriteria(0.95, 1.0, 0.05, 0.9, 0.00, 1.0, 2, 0.60, 0.5, 0.85, 1.0, 0.75, 0.90, 0.0,
                1.0, 0.5, 300, 45000, 50, 0.65, 200, 0.8, 0.15, 0.05));
        Map<Strategy, StrategyModifiers> modifiers = new EnumMap<>(Strategy.class);
        modifiers.put(Strategy.CONSERVATIVE, new StrategyModifiers(1.3, 0.8, 0.9));
        modifiers.put(Strategy.BALANCED, new StrategyModifiers(1.0, 1.0, 1.0));
        modifiers.put(Strategy.AGGRESSIVE, new StrategyModifiers(0.7, 1.2, 1.1));
        Map<Strategy, Map<TicketStrategy, Integer>> byStrategy = new EnumMap<>(Strategy.class);
        byStrategy.put(Strategy.CONSERVATIVE, shares(10, 10, 10, 40, 30));
        byStrategy.put(Strategy.BALANCED, shares(20, 15, 10, 50, 5));
        byStrategy.put(Strategy.AGGRESSIVE, shares(15, 25, 0, 60, 0));
        Map<Integer, Map<Strategy, Map<TicketStrategy, Integer>>> shares = Map.of(3, byStrategy, 4, byStrategy, 5,
                byStrategy);
        return new GenerationSettings(criteria, modifiers, shares, new PreferenceWeights(2.11, 1.5, 0.8, 1.0), 30000,
                120000, 500, new BigDecimal("99999999.99"), "test");
    }

    /** The spec's settings, with tier 3 making {@code moves} moves per attempt. */
    public static GenerationSettings settingsWithTier3MovesPerAttempt(int moves) {
        GenerationSettings spec = specSettings();
        BaseCriteria t = spec.criteriaFor(3);
        Map<Integer, BaseCriteria> criteria = new HashMap<>(spec.criteriaByTier());
        criteria.put(3, new BaseCriteria(t.hotCoverageMinimum(), t.hotCoverageWeight(), t.warmCoverageMaximum(),
                t.warmCoverageWeight(), t.coldCoverageMaximum(), t.coldCoverageWeight(), t.minimumUniqueHot(), t
                        .maximumSinglePatternShare(),
                t.diversityWeight(), t.efficiencyMinimum(), t.efficiencyWeight(), t.optimizationScoreMinimum(), t
                        .hotNumberCoverageMinimum(),
                t.diversityBalanceMinimum(), t.diversityBalanceMaximum(), t.diversityBalanceWeight(), t
                        .maxAttemptsBase(),
                t.timeoutMsBase(), t.stallThreshold(), t.minimumQualityGate(), moves, t.patternScoreWeight(), t
                        .numberScoreWeight(),
                t.diversityScoreWeight()));
        return new GenerationSettings(criteria, spec.modifiers(), spec.shares(), spec.weights(), spec
                .defaultTimeoutMs(), spec.maxTimeoutMs(), spec.maxTickets(), spec.maxBudget(), spec.algorithmVersion());
    }

    private static Map<TicketStrategy, Integer> shares(int pair, int triplet, int consecutive, int pattern,
            int range) {
        Map<TicketStrategy, Integer> shares = new EnumMap<>(TicketStrategy.class);
        shares.put(TicketStrategy.HOT_PAIR, pair);
        shares.put(TicketStrategy.TRIPLET_FOUNDATION, triplet);
        shares.put(TicketStrategy.CONSECUTIVE_ENHANCED, consecutive);
        shares.put(TicketStrategy.PATTERN_SPECIFIC, pattern);
        shares.put(TicketStrategy.BALANCED_RANGE, range);
        return shares;
    }

    /** 1,200 uniformly random draws of the spec's 5/35 game from a fixed seed, analysed with the spec's defaults. */
    public static HistoryAnalysis seededAnalysis() {
        return seededAnalysis(Formats.spec535(), 1200, 20261129L);
    }

    static HistoryAnalysis seededAnalysis(LotteryFormat format, int draws, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DrawRecord> records = new ArrayList<>();
        java.time.LocalDate date = java.time.LocalDate.of(2020, 1, 1);
        for (int i = 0; i < draws; i++) {
            long mask = 0;
            while (Long.bitCount(mask) < format.drawSize()) {
                mask |= 1L << random.nextInt(format.poolSize());
            }
            records.add(new DrawRecord(date.plusDays(i), null, mask));
        }
        return HistoryAnalyzer.analyze(DrawHistory.of(format, records), AnalysisSettings.defaults());
    }

    /** The API's names of the request's fields, so that the engine's messages read as clients see them. */
    public static final RequestField.Names FIELDS = new ApiRequestFields();

    public static GenerationEngine engine() {
        return new GenerationEngine(specSettings(), TicketSetEvaluator.standard(), System::nanoTime, FIELDS);
    }

    public static GenerationRequest request(int tier, int tickets, Strategy strategy, long seed) {
        return new GenerationRequest(tier, tickets, strategy, null, null, null, null, seed);
    }
}
