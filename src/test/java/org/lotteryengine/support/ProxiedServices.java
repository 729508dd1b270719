package org.lotteryengine.support;

import java.util.Map;

import org.lotteryengine.platform.local.PostgresEndpoint;
import org.lotteryengine.platform.local.RedisEndpoint;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A test profile in which the application reaches PostgreSQL (reactive and JDBC) and Redis only through the fault
 * proxies {@code postgres} and {@code redis} ({@link FaultProxy}), which tests cut and restore.
 */
public class ProxiedServices implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> real = new LocalServicesTestResource().start();
        PostgresEndpoint postgres = PostgresEndpoint.fromJdbcUrl(real.get("quarkus.datasource.jdbc.url"), real.get(
                "quarkus.datasource.username"), real.get("quarkus.datasource.password"));
        RedisEndpoint redis = RedisEndpoint.fromHosts(real.get("quarkus.redis.hosts"));
        PostgresEndpoint proxiedPostgres = new PostgresEndpoint("127.0.0.1", FaultProxy.named("postgres", postgres
                .host(), postgres.port()), postgres.database(), postgres.username(), postgres.password());
        RedisEndpoint proxiedRedis = new RedisEndpoint("127.0.0.1", FaultProxy.named("redis", redis.host(), redis
                .port()));
        return Map.of("quarkus.datasource.reactive.url", proxiedPostgres.reactiveUrl(), "quarkus.datasource.jdbc.url",
                proxiedPostgres.jdbcUrl(), "quarkus.redis.hosts", proxiedRedis.uri(),
                // A failed Redis call must not hold a check or a request for long.
                "quarkus.redis.timeout", "1s", "lottery.health.check-timeout", "PT1S");
    }
}
