package org.lotteryengine.engine.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SettingsRulesTest {

    private static final BaseCriteria TIER3 = GenerationFixtures.specSettings()
            .criteriaFor(3);

    @Test
    void aChangeKeepsEveryOtherValue() {
        BaseCriteria changed = SettingsRules.criteriaWith("tier3", TIER3, Map.of(
                "pattern-grouping.hot-coverage-minimum", 0.5, "meta.max-attempts-base", 40), 120_000, 6);
        Map<String, Number> before = SettingsRules.values(TIER3);
        Map<String, Number> after = SettingsRules.values(changed);
        assertThat(after).hasSize(24);
        assertThat(after.get("pattern-grouping.hot-coverage-minimum")).isEqualTo(0.5);
        assertThat(after.get("meta.max-attempts-base")).isEqualTo(40);
        before.forEach((key, value) -> {
            if (!key.equals("pattern-grouping.hot-coverage-minimum") && !key.equals("meta.max-attempts-base")) {
                assertThat(after.get(key)).as(key)
                        .isEqualTo(value);
            }
        });
        // The values read back give the same criteria.
        assertThat(SettingsRules.criteriaWith("tier3", changed, after, 120_000, 6)).isEqualTo(changed);
    }

    @Test
    void everyBrokenRuleIsNamedWithItsKey() {
        assertThatThrownBy(() -> SettingsRules.criteriaWith("tier3", TIER3, Map.of(
                "pattern-grouping.hot-coverage-minimum", 1.5, "score-weights.pattern", 0.9,
                "traditional.diversity-balance-minimum", 0.9, "traditional.diversity-balance-maximum", 0.5,
                "meta.stall-threshold", 0), 120_000, 6))
                .isInstanceOfSatisfying(SettingsRules.InvalidSettingsException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.equals("tier3.pattern-grouping.hot-coverage-minimum must be between 0 and 1,"
                                + " got 1.5"))
                        .anyMatch(p -> p.startsWith("tier3.score-weights.pattern, .number and .diversity must add up"
                                + " to 1"))
                        .anyMatch(p -> p.equals("tier3.traditional.diversity-balance-minimum (0.9) must not exceed"
                                + " tier3.traditional.diversity-balance-maximum (0.5)"))
                        .anyMatch(p -> p.equals("tier3.meta.stall-threshold must be at least 1, got 0")));
        assertThatThrownBy(() -> SettingsRules.criteriaWith("tier3", TIER3, Map.of("meta.max-attempts-base", 2.5,
                "nope", 1), 120_000, 6))
                .isInstanceOfSatisfying(SettingsRules.InvalidSettingsException.class, e -> assertThat(e.problems())
                        .anyMatch(p -> p.equals("meta.max-attempts-base must be a whole number, got 2.5"))
                        .anyMatch(p -> p.startsWith("nope is not a setting; they are pattern-grouping.")));
        assertThatThrownBy(() -> SettingsRules.criteriaWith("tier3", TIER3, Map.of("meta.timeout-ms-base", 200_000),
                120_000, 6)).hasMessage(
                        "tier3.meta.timeout-ms-base (200000) must not exceed lottery.generation.max-timeout-ms (120000)");
        assertThatThrownBy(() -> SettingsRules.criteriaWith("tier3", TIER3, Map.of(), 120_000, 6)).hasMessageStartingWith(
                "no value to change");
        assertThatThrownBy(() -> SettingsRules.modifiersWith("balanced", new StrategyModifiers(1, 1, 1), Map.of(
                "hot-pattern-bonus", 0))).hasMessage("balanced.hot-pattern-bonus must be above 0, got 0");
    }

    @Test
    void theSpecsSettingsKeepTheRules() {
        GenerationSettings spec = GenerationFixtures.specSettings();
        spec.criteriaByTier()
                .forEach((tier, criteria) -> assertThat(SettingsRules.problems("tier" + tier, criteria, 120_000, 6))
                        .isEmpty());
        spec.modifiers()
                .forEach((strategy, modifiers) -> assertThat(SettingsRules.problems(strategy.name(), modifiers))
                        .isEmpty());
    }
}
