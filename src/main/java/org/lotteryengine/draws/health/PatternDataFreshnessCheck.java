package org.lotteryengine.draws.health;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.lotteryengine.platform.config.HealthConfig;
import org.lotteryengine.platform.health.HealthChecks;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.Wellness;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Pattern data freshness (spec 13.4): every k-of-n game with stored draws must have a pattern analysis younger than
 * {@code lottery.health.pattern-data-max-age}. Stale or missing analyses report DOWN here, on the wellness endpoint
 * ({@code /q/health/well}, and in {@code /q/health}), and not on readiness: generation still works on the last
 * analysis, so stale data degrades the service without taking every replica out of rotation at once. The
 * PatternDataStale alert watches the same age. A bonus game's analysis is computed at each request from its draws, so
 * it cannot be stale.
 */
@Wellness
@ApplicationScoped
public class PatternDataFreshnessCheck implements AsyncHealthCheck {

    public static final String NAME = "pattern-data";

    private static final String ANALYSED_AT = """
            SELECT c.id, (SELECT max(p.updated_at) FROM pattern_groups p WHERE p.lottery_config_id = c.id)
            FROM lottery_configurations c
            WHERE EXISTS (SELECT 1 FROM draws d WHERE d.lottery_config_id = c.id)
              AND c.bonus_drum IS NULL
            ORDER BY c.id""";

    /** Draw sources whose last fetch failed (issue 7/7): generation goes on with the stored draws, this reports it. */
    private static final String FAILING_SOURCES = """
            SELECT lottery_config_id, last_outcome, last_message, failures_in_a_row
            FROM draw_source_state
            WHERE last_outcome IS NOT NULL AND last_outcome <> 'success'
            ORDER BY lottery_config_id""";

    private final Pool pool;
    private final HealthConfig config;

    PatternDataFreshnessCheck(Pool pool, HealthConfig config) {
        this.pool = pool;
        this.config = config;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        long started = System.nanoTime();
        return pool.query(ANALYSED_AT)
                .execute()
                .ifNoItem()
                .after(config.checkTimeout())
                .fail()
                .onItem()
                .transformToUni(rows -> pool.query(FAILING_SOURCES)
                        .execute()
                        .map(sources -> {
                            Map<String, Instant> analysedAt = new LinkedHashMap<>();
                            for (Row row : rows) {
                                OffsetDateTime at = row.getOffsetDateTime(1);
                                analysedAt.put(row.getString(0), at == null ? null : at.toInstant());
                            }
                            Map<String, String> failing = new LinkedHashMap<>();
                            for (Row source : sources) {
                                failing.put(source.getString(0), "%s, %d in a row: %s".formatted(source.getString(1),
                                        source.getInteger(3), source.getString(2)));
                            }
                            return assess(analysedAt, failing, Instant.now(), config.patternDataMaxAge());
                        }))
                .onFailure()
                .recoverWithItem(failure -> HealthChecks.down(NAME, failure, started));
    }

    /**
     * The check's answer for the games with draws and when each was last analysed ({@code null}: never).
     */
    static HealthCheckResponse assess(Map<String, Instant> analysedAt, Instant now, Duration maxAge) {
        return assess(analysedAt, Map.of(), now, maxAge);
    }

    /**
     * As {@link #assess(Map, Instant, Duration)}, with the draw sources whose last fetch failed (game id to outcome
     * and message): each is reported, and makes the check DOWN until a fetch succeeds.
     */
    static HealthCheckResponse assess(Map<String, Instant> analysedAt, Map<String, String> failingSources, Instant now,
            Duration maxAge) {
        List<String> stale = new ArrayList<>();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .withData("max_age_seconds", maxAge.toSeconds())
                .withData("games_with_draws", analysedAt.size());
        for (Map.Entry<String, Instant> game : analysedAt.entrySet()) {
            Instant at = game.getValue();
            if (at == null) {
                stale.add(game.getKey());
                response.withData(game.getKey(), "never analysed");
                continue;
            }
            long age = Duration.between(at, now)
                    .toSeconds();
            response.withData(game.getKey(), "analysed " + age + " s ago");
            if (age > maxAge.toSeconds()) {
                stale.add(game.getKey());
            }
        }
        if (!stale.isEmpty()) {
            response.withData("stale", String.join(",", stale));
        }
        for (Map.Entry<String, String> source : failingSources.entrySet()) {
            response.withData("source " + source.getKey(), source.getValue());
        }
        if (!failingSources.isEmpty()) {
            response.withData("failing_sources", String.join(",", failingSources.keySet()));
        }
        return response.status(stale.isEmpty() && failingSources.isEmpty())
                .build();
    }
}
