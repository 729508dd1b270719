package org.lotteryengine.engine.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Spec 6.1: base criteria, then strategy modifiers, then volume adjustments, then the request and degradation.
 */
class StoppingCriteriaTest {

    private static final GenerationSettings SETTINGS = GenerationFixtures.specSettings();

    private static StoppingCriteria criteria(int tier, Strategy strategy, GenerationRequest request, int tickets,
            int hotPatterns, Degradation degradation) {
        return StoppingCriteria.calculate(SETTINGS.criteriaFor(tier), SETTINGS.modifiers().get(strategy), tickets,
                hotPatterns, request, degradation, SETTINGS);
    }

    @Test
    void tier4AggressiveAppliesTheStrategyModifiers() {
        StoppingCriteria criteria = criteria(4, Strategy.AGGRESSIVE, GenerationFixtures.request(4, 100,
                Strategy.AGGRESSIVE, 1L), 100, 10, Degradation.none());
        StoppingCriteria.PatternThresholds pattern = criteria.patternGrouping();
        assertThat(pattern.hotCoverageMinimum()).isCloseTo(0.935, within(1e-12));
        assertThat(pattern.maximumSinglePatternShare()).isCloseTo(0.60, within(1e-12));
        assertThat(pattern.maximumSinglePatternCount()).isEqualTo(60);
        assertThat(pattern.minimumUniqueHot()).isEqualTo(3);
        assertThat(pattern.coldCoverageMaximum()).isEqualTo(0.03);
        assertThat(pattern.diversityWeight()).isCloseTo(0.6 * 0.7, within(1e-12));
        assertThat(criteria.traditional().optimizationScoreMinimum()).isEqualTo(0.70);
        assertThat(criteria.meta()).isEqualTo(new StoppingCriteria.Meta(200, 25000, 30, 0.60, 200, 7));
    }

    @Test
    void volumeAdjustmentsKeepSmallSetsFeasible() {
        StoppingCriteria one = criteria(3, Strategy.CONSERVATIVE, GenerationFixtures.request(3, 1,
                Strategy.CONSERVATIVE, 1L), 1, 10, Degradation.none());
        // 4 unique hot patterns cannot fit in 1 ticket, and 40% × 0.8 of one ticket rounds to 0: keep 1.
        assertThat(one.patternGrouping().minimumUniqueHot()).isEqualTo(1);
        assertThat(one.patternGrouping().maximumSinglePatternCount()).isEqualTo(1);
        StoppingCriteria fewHot = criteria(3, Strategy.CONSERVATIVE, GenerationFixtures.request(3, 100,
                Strategy.CONSERVATIVE, 1L), 100, 2, Degradation.none());
        assertThat(fewHot.patternGrouping().minimumUniqueHot()).isEqualTo(2);
    }

    @Test
    void theRequestsPreferencesOverrideTheBase() {
        GenerationRequest request = new GenerationRequest(5, 50, Strategy.BALANCED, null, 5000L, 0.8, false, 1L);
        StoppingCriteria criteria = criteria(5, Strategy.BALANCED, request, 50, 10, Degradation.none());
        assertThat(criteria.patternGrouping().coldCoverageMaximum()).isZero();
        assertThat(criteria.traditional().optimizationScoreMinimum()).isEqualTo(0.8);
        assertThat(criteria.meta().timeoutMs()).isEqualTo(5000L);
        // Without a preference the time is the smaller of the tier's base and the configured default.
        StoppingCriteria base = criteria(5, Strategy.BALANCED, GenerationFixtures.request(5, 50, Strategy.BALANCED,
                1L), 50, 10, Degradation.none());
        assertThat(base.meta().timeoutMs()).isEqualTo(30_000L);
    }

    @Test
    void aTierWithoutItsOwnCriteriaUsesTheNearestConfiguredOne() {
        assertThat(SETTINGS.criteriaFor(2)).isSameAs(SETTINGS.criteriaFor(3));
        assertThat(SETTINGS.criteriaFor(6)).isSameAs(SETTINGS.criteriaFor(5));
    }
}
