package org.lotteryengine.platform.local;

import java.net.URI;

/**
 * Where a Redis server answers.
 */
public record RedisEndpoint(String host, int port) {

    private static final int DEFAULT_PORT = 6379;

    /**
     * Reads host and port from the first of Quarkus' {@code quarkus.redis.hosts}, e.g. {@code redis://127.0.0.1:6379}.
     */
    public static RedisEndpoint fromHosts(String hosts) {
        if (hosts == null || hosts.isBlank()) {
            throw new IllegalArgumentException("no Redis host configured");
        }
        URI uri = URI.create(hosts.split(",")[0].trim());
        return new RedisEndpoint(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort());
    }

    /** The value of {@code quarkus.redis.hosts} for this server. */
    public String uri() {
        return "redis://%s:%d".formatted(host, port);
    }
}
