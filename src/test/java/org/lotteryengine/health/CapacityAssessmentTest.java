package org.lotteryengine.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;
import org.lotteryengine.config.HealthConfig;

/**
 * The decisions of the capacity and pattern-data checks, measure by measure, at and around each threshold.
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

    @Test
    void patternDataIsFreshUpToItsMaximumAgeAndStaleAfter() {
        Instant now = Instant.parse("2026-11-29T12:00:00Z");
        Duration maxAge = Duration.ofDays(2);
        Map<String, Instant> games = new LinkedHashMap<>();
        games.put("5-35", now.minus(maxAge));
        games.put("5-37", now.minusSeconds(60));
        HealthCheckResponse fresh = PatternDataFreshnessCheck.assess(games, now, maxAge);
        assertThat(fresh.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(fresh.getData()
                .orElseThrow()).containsEntry("5-35", "analysed 172800 s ago")
                .containsEntry("5-37", "analysed 60 s ago")
                .containsEntry("games_with_draws", 2L)
                .containsEntry("max_age_seconds", 172800L)
                .doesNotContainKey("stale");

        games.put("5-35", now.minus(maxAge)
                .minusSeconds(1));
        games.put("6-49", null);
        HealthCheckResponse stale = PatternDataFreshnessCheck.assess(games, now, maxAge);
        assertThat(stale.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(stale.getData()
                .orElseThrow()).containsEntry("stale", "5-35,6-49")
                .containsEntry("6-49", "never analysed");
    }

    @Test
    void withoutAnyDrawsThereIsNothingToBeStale() {
        HealthCheckResponse none = PatternDataFreshnessCheck.assess(Map.of(), Instant.now(), Duration.ofDays(2));
        assertThat(none.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(none.getData()
                .orElseThrow()).containsEntry("games_with_draws", 0L);
    }
}
