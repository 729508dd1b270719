package org.lotteryengine.generation.service;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.generation.BaseCriteria;
import org.lotteryengine.engine.generation.GenerationSettings;
import org.lotteryengine.engine.generation.PreferenceWeights;
import org.lotteryengine.engine.generation.Strategy;
import org.lotteryengine.engine.generation.StrategyModifiers;
import org.lotteryengine.engine.generation.TicketStrategy;
import org.lotteryengine.platform.codes.Codes;
import org.lotteryengine.platform.config.EngineConfig;
import org.lotteryengine.platform.config.GenerationConfig;
import org.lotteryengine.platform.config.PatternGroupingConfig;
import org.lotteryengine.platform.config.StoppingCriteriaConfig;

/**
 * The engine's {@link GenerationSettings} from the service's configuration. {@code ConfigConsistency} has already
 * checked the names (tiers, strategies, ticket strategies) at start-up, so this mapping only converts.
 */
public final class GenerationSettingsMapper {

    private GenerationSettingsMapper() {
    }

    public static GenerationSettings settings(EngineConfig engine, GenerationConfig generation,
            PatternGroupingConfig grouping, StoppingCriteriaConfig criteria) {
        Map<Integer, BaseCriteria> byTier = new HashMap<>();
        Map<Integer, Map<Strategy, Map<TicketStrategy, Integer>>> shares = new HashMap<>();
        for (Map.Entry<String, StoppingCriteriaConfig.TierCriteria> entry : criteria.tiers()
                .entrySet()) {
            int tier = LotteryFormat.matchesOfTier(entry.getKey());
            byTier.put(tier, base(entry.getValue()));
            shares.put(tier, shares(entry.getValue()
                    .strategyShares()));
        }
        Map<Strategy, StrategyModifiers> modifiers = new EnumMap<>(Strategy.class);
        generation.strategyDefaults()
                .forEach((name, value) -> modifiers.put(Codes.parse(Strategy.class, name), new StrategyModifiers(value
                        .diversityWeight(), value.concentrationLimit(), value.hotPatternBonus())));
        PatternGroupingConfig.PreferenceWeights weights = grouping.preferenceWeights();
        return new GenerationSettings(byTier, modifiers, shares, new PreferenceWeights(weights.hot(), weights.warm(),
                weights.cold(), weights.unknown()), generation.defaultTimeoutMs(), generation.maxTimeoutMs(),
                engine
                        .maxTickets(),
                SessionStore.MAXIMUM_BUDGET, engine.version());
    }

    private static BaseCriteria base(StoppingCriteriaConfig.TierCriteria tier) {
        StoppingCriteriaConfig.PatternGrouping grouping = tier.patternGrouping();
        StoppingCriteriaConfig.Traditional traditional = tier.traditional();
        StoppingCriteriaConfig.Meta meta = tier.meta();
        StoppingCriteriaConfig.ScoreWeights weights = tier.scoreWeights();
        return new BaseCriteria(grouping.hotCoverageMinimum(), grouping.hotCoverageWeight(),
                grouping.warmCoverageMaximum(), grouping.warmCoverageWeight(), grouping.coldCoverageMaximum(),
                grouping.coldCoverageWeight(), grouping.diversityMinimumUniqueHot(),
                grouping.diversityMaximumSinglePattern(), grouping.diversityWeight(), grouping.efficiencyMinimum(),
                grouping.efficiencyWeight(), traditional.optimizationScoreMinimum(),
                traditional.hotNumberCoverageMinimum(), traditional.diversityBalanceMinimum(),
                traditional.diversityBalanceMaximum(), traditional.diversityBalanceWeight(), meta.maxAttemptsBase(),
                meta.timeoutMsBase(), meta.stallThreshold(), meta.minimumQualityGate(), meta.movesPerAttempt(),
                weights.pattern(), weights.number(), weights.diversity());
    }

    private static Map<Strategy, Map<TicketStrategy, Integer>> shares(Map<String, Map<String, Integer>> configured) {
        Map<Strategy, Map<TicketStrategy, Integer>> byStrategy = new EnumMap<>(Strategy.class);
        configured.forEach((strategy, ticketShares) -> {
            Map<TicketStrategy, Integer> shares = new EnumMap<>(TicketStrategy.class);
            // A ticket strategy the configuration leaves out builds no ticket.
            for (TicketStrategy ticketStrategy : TicketStrategy.values()) {
                shares.put(ticketStrategy, 0);
            }
            ticketShares.forEach((name, share) -> shares.put(Codes.parse(TicketStrategy.class, name), share));
            byStrategy.put(Codes.parse(Strategy.class, strategy), shares);
        });
        return byStrategy;
    }
}
