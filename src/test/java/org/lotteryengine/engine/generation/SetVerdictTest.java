package org.lotteryengine.engine.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SetVerdictTest {

    private static final GenerationSettings SETTINGS = GenerationFixtures.specSettings();
    private static final GenerationRequest REQUEST = GenerationFixtures.request(3, 50, Strategy.BALANCED, 1L);
    private static final StoppingCriteria CRITERIA = StoppingCriteria.calculate(SETTINGS.criteriaFor(3), SETTINGS
            .modifiers()
            .get(Strategy.BALANCED), 50, 10, REQUEST, Degradation.none(), SETTINGS);
    private static final List<ThresholdCheck> ALL_MET = List.of(new ThresholdCheck(QualityEvaluator.PATTERN_GROUPING,
            "hotPatternCoverage", 0.8, 0.7, false),
            new ThresholdCheck(QualityEvaluator.TRADITIONAL,
                    "optimizationScore", 0.9, 0.7, false));
    private static final List<ThresholdCheck> PATTERN_SHORT = List.of(new ThresholdCheck(
            QualityEvaluator.PATTERN_GROUPING, "hotPatternCoverage", 0.6, 0.7, false),
            new ThresholdCheck(
                    QualityEvaluator.TRADITIONAL, "optimizationScore", 0.9, 0.7, false));

    private static GenerationStatus status(List<ThresholdCheck> checks, double score, StoppingReason reason) {
        return SetVerdict.of(checks, score, CRITERIA, REQUEST, reason, 10, 1000, GenerationFixtures.FIELDS, 60_000)
                .status();
    }

    @Test
    void aSetThatMeetsEveryThresholdIsASuccessUnlessItsClientCancelledTheRun() {
        assertThat(status(ALL_MET, 0.9, StoppingReason.PATTERN_THRESHOLDS)).isEqualTo(GenerationStatus.SUCCESS);
        assertThat(status(ALL_MET, 0.9, StoppingReason.QUALITY_STALL)).isEqualTo(GenerationStatus.SUCCESS);
        assertThat(status(ALL_MET, 0.9, StoppingReason.USER_OVERRIDE)).isEqualTo(GenerationStatus.PARTIAL);
    }

    @Test
    void aCancelledRunIsNeverRaisedAboveWhatItsSetMeets() {
        assertThat(status(PATTERN_SHORT, 0.9, StoppingReason.USER_OVERRIDE)).isEqualTo(GenerationStatus.PARTIAL);
        assertThat(status(PATTERN_SHORT, 0.9, StoppingReason.TIMEOUT)).isEqualTo(GenerationStatus.PARTIAL);
        assertThat(status(ALL_MET, 0.1, StoppingReason.USER_OVERRIDE)).isEqualTo(GenerationStatus.FALLBACK);
    }
}
