package org.lotteryengine.generation.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.lotteryengine.platform.config.HealthConfig;

/**
 * The decisions of the capacity check, measure by measure, at and around each threshold.
 */
class CapacityAssessmentTest {

    /** The spec's thresholds, 900 sessions and 80 % memory, and a queue wait of 5 s. */
    private static final HealthConfig.Capacity SPEC = new HealthConfig.Capacity() {
        @Override
        public int activeSessions() {
            return 900;
        }

        @Override
        public Duration maxQueueWait() {
            return Duration.ofSeconds(5);
        }

        @Override
        public int memoryPercent() {
            return 80;
        }
    };

    private static final Duration NONE = Duration.ZERO;

    @Test
    void belowEveryThresholdThereIsCapacity() {
        assertThat(new CapacityAssessment(899, 4, 5, Duration.ofMillis(4_999), 79.9).refusals(SPEC)).isEmpty();
        assertThat(new CapacityAssessment(0, 0, 0, NONE, 0).refusals(SPEC)).isEmpty();
    }

    @Test
    void eachMeasureAtItsThresholdRefusesWithItsReason() {
        assertThat(new CapacityAssessment(900, 0, 5, NONE, 10).refusals(SPEC)).containsExactly(
                "active sessions 900 >= 900");
        assertThat(new CapacityAssessment(1, 5, 5, NONE, 10).refusals(SPEC)).containsExactly("engine queue full (5)");
        assertThat(new CapacityAssessment(1, 1, 5, Duration.ofSeconds(5), 10).refusals(SPEC)).containsExactly(
                "oldest queued task waited 5000 ms >= 5000 ms");
        assertThat(new CapacityAssessment(1, 0, 5, NONE, 80.04).refusals(SPEC)).containsExactly("heap 80.0% >= 80%");
    }

    @Test
    void everyExceededMeasureIsReported() {
        assertThat(new CapacityAssessment(1000, 5, 5, Duration.ofSeconds(140), 91.25).refusals(SPEC)).containsExactly(
                "active sessions 1000 >= 900", "engine queue full (5)", "oldest queued task waited 140000 ms >= 5000 ms",
                "heap 91.3% >= 80%");
    }
}
