package org.lotteryengine.platform.local;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jboss.logging.Logger;

/**
 * Decides, for dev mode and tests, whether the configured PostgreSQL and Redis can be used or embedded ones must be
 * started, and returns the configuration that points the service at them.
 */
public final class LocalServices {

    private static final Logger LOG = Logger.getLogger(LocalServices.class);

    private LocalServices() {
    }

    /**
     * Configuration overrides: empty for a service that answers or was set explicitly; the embedded replacement's
     * URLs and credentials for one that does not answer.
     *
     * @param postgres the configured database
     * @param postgresExplicit true when an operator set it (environment, system property), so it is never replaced
     * @param redis the configured Redis
     * @param redisExplicit true when an operator set it
     */
    public static Map<String, String> resolve(PostgresEndpoint postgres, boolean postgresExplicit, RedisEndpoint redis,
            boolean redisExplicit) {
        Map<String, String> overrides = new LinkedHashMap<>();
        ServiceProbe.Probe postgresProbe = ServiceProbe.postgres(postgres);
        String postgresUse;
        if (postgresProbe.usable()) {
            postgresUse = "PostgreSQL is the one at %s".formatted(postgres.jdbcUrl());
        } else if (postgresExplicit) {
            postgresUse = "PostgreSQL at %s cannot be used (%s) and was configured explicitly, so no embedded one is"
                    .formatted(postgres.jdbcUrl(), postgresProbe.why()) + " started";
        } else {
            PostgresEndpoint embedded = EmbeddedServices.postgres(postgres.database());
            overrides.put("quarkus.datasource.reactive.url", embedded.reactiveUrl());
            overrides.put("quarkus.datasource.jdbc.url", embedded.jdbcUrl());
            overrides.put("quarkus.datasource.username", embedded.username());
            overrides.put("quarkus.datasource.password", embedded.password());
            postgresUse = "PostgreSQL is embedded (%s), because at %s %s".formatted(embedded.jdbcUrl(), postgres
                    .jdbcUrl(), postgresProbe.why());
        }
        ServiceProbe.Probe redisProbe = ServiceProbe.redis(redis);
        String redisUse;
        if (redisProbe.usable()) {
            redisUse = "Redis is the one at %s".formatted(redis.uri());
        } else if (redisExplicit) {
            redisUse = "Redis at %s cannot be used (%s) and was configured explicitly, so no embedded one is started"
                    .formatted(redis.uri(), redisProbe.why());
        } else {
            RedisEndpoint embedded = EmbeddedServices.redis();
            overrides.put("quarkus.redis.hosts", embedded.uri());
            redisUse = "Redis is embedded (%s), because at %s %s".formatted(embedded.uri(), redis.uri(), redisProbe
                    .why());
        }
        String line = describe(postgresUse, redisUse, !overrides.isEmpty());
        if (postgresProbe.usable() || !postgresExplicit) {
            LOG.info(line);
        } else {
            LOG.warn(line);
        }
        return overrides;
    }

    /** The one start-up line: which services are used and why, and what an embedded one means for the data. */
    static String describe(String postgresUse, String redisUse, boolean embedded) {
        return "Local services: %s; %s.%s".formatted(postgresUse, redisUse, embedded
                ? " Embedded services keep their data only until the service stops: sessions, draws and designs stored"
                        + " there are gone at the next start."
                : "");
    }
}
