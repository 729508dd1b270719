package org.lotteryengine.generation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class ThresholdAdjustmentsTest {

    private static List<Boolean> outcomes(String newestFirst) {
        List<Boolean> outcomes = new ArrayList<>();
        for (char outcome : newestFirst.toCharArray()) {
            outcomes.add(outcome == 's');
        }
        return outcomes;
    }

    @Test
    void oneStepPerWindowBelowTheRateFromTheNewestUntilOneReachesIt() {
        // Windows of 4, success rate below 0.7: 3 of 4 (0.75) holds, 2 of 4 does not.
        assertThat(ThresholdAdjustments.factor(outcomes("ssss" + "ssss"), 4, 0.7, 0.95, 0.85)).isEqualTo(1.0);
        assertThat(ThresholdAdjustments.factor(outcomes("sffs" + "ssss"), 4, 0.7, 0.95, 0.85)).isEqualTo(0.95);
        assertThat(ThresholdAdjustments.factor(outcomes("sffs" + "ffff" + "sssf"), 4, 0.7, 0.95, 0.85)).isCloseTo(
                0.9025, within(1e-15));
        // Recovered: the newest window reaches the rate, whatever came before.
        assertThat(ThresholdAdjustments.factor(outcomes("sssf" + "ffff" + "ffff"), 4, 0.7, 0.95, 0.85)).isEqualTo(
                1.0);
        // An incomplete window says nothing yet.
        assertThat(ThresholdAdjustments.factor(outcomes("fff"), 4, 0.7, 0.95, 0.85)).isEqualTo(1.0);
        assertThat(ThresholdAdjustments.factor(List.of(), 4, 0.7, 0.95, 0.85)).isEqualTo(1.0);
    }

    @Test
    void neverBelowTheFloor() {
        List<Boolean> failures = Collections.nCopies(40, false);
        assertThat(ThresholdAdjustments.factor(failures, 4, 0.7, 0.95, 0.9)).isEqualTo(0.9);
        assertThat(ThresholdAdjustments.maximumSteps(0.95, 0.85)).isEqualTo(3);
        assertThat(ThresholdAdjustments.maximumSteps(0.95, 0.95)).isEqualTo(1);
        assertThat(ThresholdAdjustments.maximumSteps(0.95, 1.0)).isZero();
        assertThat(ThresholdAdjustments.factor(failures, 4, 0.7, 0.95, 1.0)).isEqualTo(1.0);
    }
}
