package org.lotteryengine.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lotteryengine.platform.local.LocalServices;
import org.lotteryengine.platform.local.PostgresEndpoint;
import org.lotteryengine.platform.local.RedisEndpoint;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points every test at a PostgreSQL and a Redis it may use: the machine's (database {@code lottery_test}, role
 * {@code lottery}, created by {@code .ci/run}) when they answer, otherwise embedded ones started for this JVM. The
 * defaults can be overridden with the system properties {@code lottery.test.postgres.jdbc-url},
 * {@code lottery.test.postgres.username}, {@code lottery.test.postgres.password} and {@code lottery.test.redis.hosts}.
 */
public class LocalServicesTestResource implements QuarkusTestResourceLifecycleManager {

    static final String DEFAULT_JDBC_URL = "jdbc:postgresql://127.0.0.1:5432/lottery_test";
    static final String DEFAULT_USERNAME = "lottery";
    static final String DEFAULT_PASSWORD = "lottery";
    static final String DEFAULT_REDIS_HOSTS = "redis://127.0.0.1:6379";
    /**
     * Rate-limit counters of this test JVM: requests that other processes sent from 127.0.0.1 to the same Redis in
     * the same hour (a benchmark, an earlier test run) must not count against the tests.
     */
    static final String RATE_KEY_PREFIX = "lottery:rate:test-" + ProcessHandle.current()
            .pid() + "-" + System.currentTimeMillis() + ":";

    @Override
    public Map<String, String> start() {
        PostgresEndpoint postgres = PostgresEndpoint.fromJdbcUrl(
                System.getProperty("lottery.test.postgres.jdbc-url", DEFAULT_JDBC_URL),
                System.getProperty("lottery.test.postgres.username", DEFAULT_USERNAME),
                System.getProperty("lottery.test.postgres.password", DEFAULT_PASSWORD));
        RedisEndpoint redis = RedisEndpoint.fromHosts(System.getProperty("lottery.test.redis.hosts", DEFAULT_REDIS_HOSTS));

        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl());
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl());
        config.put("quarkus.datasource.username", postgres.username());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("quarkus.redis.hosts", redis.uri());
        config.put("lottery.rate-limits.key-prefix", RATE_KEY_PREFIX);
        // Embedded replacements, when the configured services do not answer, override the lines above.
        config.putAll(LocalServices.resolve(postgres, false, redis, false));
        return config;
    }

    @Override
    public void stop() {
        // Embedded servers live as long as the JVM: later test classes, with other profiles, reuse them.
    }
}
