package org.lotteryengine.platform.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.lotteryengine.platform.config.HealthConfig;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * PostgreSQL as spec 13.4 checks it: one query through the runtime (reactive) pool that counts the hot pattern rows,
 * timed. DOWN when the query fails, or takes longer than {@code lottery.health.database-max-query-time}. The hot row
 * count is reported, not required: a new installation has no draws yet and still serves (generation then groups
 * patterns by their exact combination counts); the pattern-data check watches the analyses themselves.
 */
@Readiness
@ApplicationScoped
public class PostgresReadinessCheck implements AsyncHealthCheck {

    static final String NAME = "postgresql";

    private final Pool pool;
    private final HealthConfig config;

    PostgresReadinessCheck(Pool pool, HealthConfig config) {
        this.pool = pool;
        this.config = config;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        long started = System.nanoTime();
        return pool.query("SELECT count(*) FROM pattern_groups WHERE group_type = 'hot'")
                .execute()
                .ifNoItem()
                .after(config.checkTimeout())
                .fail()
                .map(rows -> {
                    Row row = rows.iterator()
                            .next();
                    long queryMs = (System.nanoTime() - started) / 1_000_000;
                    boolean fast = queryMs <= config.databaseMaxQueryTime()
                            .toMillis();
                    return HealthCheckResponse.named(NAME)
                            .status(fast)
                            .withData("query_time_ms", queryMs)
                            .withData("max_query_time_ms", config.databaseMaxQueryTime()
                                    .toMillis())
                            .withData("hot_pattern_rows", row.getLong(0))
                            .build();
                })
                .onFailure()
                .recoverWithItem(failure -> HealthChecks.down(NAME, failure, started));
    }
}
