package org.lotteryengine.platform.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.lotteryengine.platform.config.HealthConfig;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/**
 * Redis, which shares sessions' events, cancel and extend requests, rate-limit counts and the analysis cache between
 * replicas: a timed PING. Without Redis a replica still generates (local events, local rate limits, no cache), but
 * it no longer shares that state with the others, so it reports DOWN here until Redis answers again.
 */
@Readiness
@ApplicationScoped
public class RedisReadinessCheck implements AsyncHealthCheck {

    static final String NAME = "redis";

    private final ReactiveRedisDataSource redis;
    private final HealthConfig config;

    RedisReadinessCheck(ReactiveRedisDataSource redis, HealthConfig config) {
        this.redis = redis;
        this.config = config;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        long started = System.nanoTime();
        return redis.execute("PING")
                .ifNoItem()
                .after(config.checkTimeout())
                .fail()
                .map(pong -> HealthCheckResponse.named(NAME)
                        .up()
                        .withData("ping_ms", (System.nanoTime() - started) / 1_000_000)
                        .build())
                .onFailure()
                .recoverWithItem(failure -> HealthChecks.down(NAME, failure, started));
    }
}
