package org.lotteryengine.draws.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * The decision of the pattern-data check, at and around its maximum age.
 */
class PatternDataFreshnessCheckTest {

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
