package org.lotteryengine.platform.local;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * In dev mode ({@code lottery.local-services.enabled=true}, set only by the {@code dev} profile), points the service
 * at embedded PostgreSQL and Redis when the configured ones do not answer. A packaged application neither enables it
 * nor contains the embedded servers (they are {@code provided} dependencies).
 */
public final class LocalServicesConfigSourceFactory implements ConfigSourceFactory {

    static final String ENABLED = "lottery.local-services.enabled";
    /** Above application.properties (250), below environment variables (300) and system properties (400). */
    private static final int ORDINAL = 275;
    private static final int ENVIRONMENT_ORDINAL = 300;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        if (!Boolean.parseBoolean(valueOf(context, ENABLED, "false"))) {
            return List.of();
        }
        ConfigValue jdbcUrl = context.getValue("quarkus.datasource.jdbc.url");
        ConfigValue redisHosts = context.getValue("quarkus.redis.hosts");
        PostgresEndpoint postgres = PostgresEndpoint.fromJdbcUrl(jdbcUrl.getValue(),
                valueOf(context, "quarkus.datasource.username", ""),
                valueOf(context, "quarkus.datasource.password", ""));
        RedisEndpoint redis = RedisEndpoint.fromHosts(redisHosts.getValue());
        Map<String, String> overrides = LocalServices.resolve(postgres, isExplicit(jdbcUrl), redis,
                isExplicit(redisHosts));
        return List.of(new PropertiesConfigSource(overrides, "lottery-local-services", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static boolean isExplicit(ConfigValue value) {
        return value.getConfigSourceOrdinal() >= ENVIRONMENT_ORDINAL;
    }

    private static String valueOf(ConfigSourceContext context, String key, String fallback) {
        ConfigValue value = context.getValue(key);
        return value == null || value.getValue() == null ? fallback : value.getValue();
    }
}
