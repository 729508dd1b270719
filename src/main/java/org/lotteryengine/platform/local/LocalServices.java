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
        if (ServiceProbe.postgresAnswers(postgres)) {
            LOG.infof("Using PostgreSQL at %s", postgres.jdbcUrl());
        } else if (postgresExplicit) {
            LOG.warnf("PostgreSQL at %s does not answer; it was configured explicitly, so no embedded one is started",
                    postgres.jdbcUrl());
        } else {
            LOG.infof("PostgreSQL at %s does not answer; using an embedded one", postgres.jdbcUrl());
            PostgresEndpoint embedded = EmbeddedServices.postgres(postgres.database());
            overrides.put("quarkus.datasource.reactive.url", embedded.reactiveUrl());
            overrides.put("quarkus.datasource.jdbc.url", embedded.jdbcUrl());
            overrides.put("quarkus.datasource.username", embedded.username());
            overrides.put("quarkus.datasource.password", embedded.password());
        }
        if (ServiceProbe.redisAnswers(redis)) {
            LOG.infof("Using Redis at %s", redis.uri());
        } else if (redisExplicit) {
            LOG.warnf("Redis at %s does not answer; it was configured explicitly, so no embedded one is started",
                    redis.uri());
        } else {
            LOG.infof("Redis at %s does not answer; using an embedded one", redis.uri());
            overrides.put("quarkus.redis.hosts", EmbeddedServices.redis().uri());
        }
        return overrides;
    }
}
