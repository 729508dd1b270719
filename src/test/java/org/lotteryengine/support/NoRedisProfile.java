package org.lotteryengine.support;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Points Redis at a port where nothing listens; three generations per client (counted in memory). */
public class NoRedisProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:9", "quarkus.redis.timeout", "1s",
                "lottery.rate-limits.generation-requests", "3");
    }
}
