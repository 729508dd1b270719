package org.lotteryengine.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.generation.GenerationFixtures;
import org.lotteryengine.engine.generation.GenerationSettings;
import org.lotteryengine.engine.generation.Strategy;
import org.lotteryengine.engine.generation.TicketStrategy;
import org.lotteryengine.generation.service.GenerationSettingsMapper;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * Cross-key rules, checked on the shipped application.properties with single keys overridden.
 */
class ConfigConsistencyTest {

    @Test
    void theShippedConfigurationIsConsistent() throws IOException {
        assertThat(problems(Map.of())).isEmpty();
    }

    @Test
    void theShippedConfigurationHasTheSpecsValues() throws IOException {
        SmallRyeConfig config = config(Map.of());
        StoppingCriteriaConfig criteria = config.getConfigMapping(StoppingCriteriaConfig.class);
        assertThat(criteria.tiers()).containsOnlyKeys("tier3", "tier4", "tier5");
        StoppingCriteriaConfig.TierCriteria tier4 = criteria.tiers().get("tier4");
        assertThat(tier4.patternGrouping().hotCoverageMinimum()).isEqualTo(0.85);
        assertThat(tier4.patternGrouping().warmCoverageMaximum()).isEqualTo(0.12);
        assertThat(tier4.patternGrouping().coldCoverageMaximum()).isEqualTo(0.03);
        assertThat(tier4.patternGrouping().diversityMinimumUniqueHot()).isEqualTo(3);
        assertThat(tier4.patternGrouping().diversityMaximumSinglePattern()).isEqualTo(0.50);
        assertThat(tier4.meta().maxAttemptsBase()).isEqualTo(200);
        assertThat(tier4.meta().stallThreshold()).isEqualTo(30);
        assertThat(tier4.traditional().diversityBalanceMaximum()).isEqualTo(1.0);
        GenerationConfig generation = config.getConfigMapping(GenerationConfig.class);
        assertThat(generation.strategyDefaults().get("aggressive").concentrationLimit()).isEqualTo(1.2);
        assertThat(generation.maxTimeoutMs()).isEqualTo(120_000L);
        PatternGroupingConfig grouping = config.getConfigMapping(PatternGroupingConfig.class);
        assertThat(grouping.preferenceWeights().hot()).isEqualTo(2.11);
        assertThat(grouping.preferenceWeights().unknown()).isEqualTo(1.0);
        assertThat(config.getConfigMapping(EngineConfig.class).version()).isEqualTo("2.1.0");
    }

    @Test
    void aDefaultTimeoutAboveTheMaximumNamesBothKeys() throws IOException {
        assertThat(problems(Map.of("lottery.generation.default-timeout-ms", "130000"))).containsExactly(
                "lottery.generation.default-timeout-ms (130000) must not exceed lottery.generation.max-timeout-ms (120000)");
    }

    @Test
    void scoreWeightsMustAddUpToOne() throws IOException {
        assertThat(problems(Map.of("lottery.stopping-criteria.tier3.score-weights.pattern", "0.6"))).containsExactly(
                "lottery.stopping-criteria.tier3.score-weights.pattern, .number and .diversity must add up to 1, they add up to 1.1");
    }

    @Test
    void aTierTimeoutAboveTheMaximumIsNamed() throws IOException {
        assertThat(problems(Map.of("lottery.stopping-criteria.tier5.meta.timeout-ms-base", "200000"))).containsExactly(
                "lottery.stopping-criteria.tier5.meta.timeout-ms-base (200000) must not exceed lottery.generation.max-timeout-ms (120000)");
    }

    @Test
    void moreUniqueHotPatternsThanTheHotGroupHoldsIsNamed() throws IOException {
        assertThat(problems(Map.of("lottery.pattern-grouping.hot-group-size", "3"))).containsExactly(
                "lottery.stopping-criteria.tier3.pattern-grouping.diversity-minimum-unique-hot (4) must not exceed lottery.pattern-grouping.hot-group-size (3)");
    }

    @Test
    void anUnknownStrategyIsNamed() throws IOException {
        List<String> problems = problems(Map.of(
                "lottery.generation.strategy-defaults.reckless.diversity-weight", "1",
                "lottery.generation.strategy-defaults.reckless.concentration-limit", "1",
                "lottery.generation.strategy-defaults.reckless.hot-pattern-bonus", "1"));
        assertThat(problems).containsExactly(
                "lottery.generation.strategy-defaults must define exactly [aggressive, balanced, conservative], found [aggressive, balanced, conservative, reckless]");
    }

    @Test
    void theShippedConfigurationMapsToTheSpecsEngineSettings() throws IOException {
        SmallRyeConfig config = config(Map.of());
        GenerationSettings settings = GenerationSettingsMapper.settings(config.getConfigMapping(EngineConfig.class),
                config.getConfigMapping(GenerationConfig.class), config.getConfigMapping(PatternGroupingConfig.class),
                config.getConfigMapping(StoppingCriteriaConfig.class));
        // The engine's tests run on GenerationFixtures.specSettings(): it must be what the service really runs.
        GenerationSettings fixture = GenerationFixtures.specSettings();
        assertThat(settings.criteriaByTier()).isEqualTo(fixture.criteriaByTier());
        assertThat(settings.modifiers()).isEqualTo(fixture.modifiers());
        assertThat(settings.shares()).isEqualTo(fixture.shares());
        assertThat(settings.weights()).isEqualTo(fixture.weights());
        assertThat(settings.defaultTimeoutMs()).isEqualTo(30_000L);
        assertThat(settings.maxTimeoutMs()).isEqualTo(120_000L);
        assertThat(settings.maxTickets()).isEqualTo(500);
        assertThat(settings.algorithmVersion()).isEqualTo("2.1.0");
        // Spec 4.3: tier4 aggressive is 60% pattern_specific, 25% triplet_foundation, 15% hot_pair.
        assertThat(settings.sharesFor(4, Strategy.AGGRESSIVE)).containsExactly(
                Map.entry(TicketStrategy.HOT_PAIR, 15), Map.entry(TicketStrategy.TRIPLET_FOUNDATION, 25),
                Map.entry(TicketStrategy.CONSECUTIVE_ENHANCED, 0), Map.entry(TicketStrategy.PATTERN_SPECIFIC, 60),
                Map.entry(TicketStrategy.BALANCED_RANGE, 0));
    }

    @Test
    void anUnknownTicketStrategyIsNamed() throws IOException {
        assertThat(problems(Map.of("lottery.stopping-criteria.tier4.strategy-shares.aggressive.lucky_dip", "5")))
                .containsExactly(
                        "lottery.stopping-criteria.tier4.strategy-shares.aggressive: unknown ticket strategies [lucky_dip]; known: [balanced_range, consecutive_enhanced, hot_pair, pattern_specific, triplet_foundation]");
    }

    @Test
    void sharesAddingUpToZeroAreNamed() throws IOException {
        assertThat(problems(Map.of("lottery.stopping-criteria.tier5.strategy-shares.aggressive.pattern_specific", "0",
                "lottery.stopping-criteria.tier5.strategy-shares.aggressive.triplet_foundation", "0",
                "lottery.stopping-criteria.tier5.strategy-shares.aggressive.hot_pair", "0"))).containsExactly(
                        "lottery.stopping-criteria.tier5.strategy-shares.aggressive: the shares must add up to more than 0");
    }

    @Test
    void sharesForAnUnknownStrategyAreNamed() throws IOException {
        assertThat(problems(Map.of("lottery.stopping-criteria.tier3.strategy-shares.reckless.hot_pair", "1")))
                .containsExactly(
                        "lottery.stopping-criteria.tier3.strategy-shares must define exactly [aggressive, balanced, conservative], found [aggressive, balanced, conservative, reckless]");
    }

    @Test
    void aBadTierNameIsNamed() throws IOException {
        SmallRyeConfig base = config(Map.of());
        Map<String, String> tierX = new java.util.HashMap<>();
        for (String name : base.getPropertyNames()) {
            if (name.startsWith("lottery.stopping-criteria.tier3.")) {
                tierX.put(name.replace(".tier3.", ".tierX."), base.getRawValue(name));
            }
        }
        assertThat(problems(tierX)).containsExactly(
                "lottery.stopping-criteria.tierX: tier names are tierM with M the number of matches (0 to 10), e.g. tier3");
    }

    private static List<String> problems(Map<String, String> overrides) throws IOException {
        SmallRyeConfig config = config(overrides);
        return ConfigConsistency.problems(config.getConfigMapping(GenerationConfig.class),
                config.getConfigMapping(PatternGroupingConfig.class),
                config.getConfigMapping(StoppingCriteriaConfig.class));
    }

    private static SmallRyeConfig config(Map<String, String> overrides) throws IOException {
        URL shipped = ConfigConsistencyTest.class.getClassLoader().getResource("application.properties");
        return new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(shipped, 250))
                .withSources(new PropertiesConfigSource(overrides, "overrides", 400))
                .withMapping(EngineConfig.class)
                .withMapping(GenerationConfig.class)
                .withMapping(PatternGroupingConfig.class)
                .withMapping(StoppingCriteriaConfig.class)
                .build();
    }
}
