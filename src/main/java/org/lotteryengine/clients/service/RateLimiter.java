package org.lotteryengine.clients.service;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lotteryengine.platform.config.RateLimitConfig;
import org.lotteryengine.platform.error.RateLimitedException;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;

/**
 * Fixed-window request limits per client (spec 14.2), counted in Redis so that all replicas share them. While Redis
 * is away each replica counts alone in memory, and the service keeps answering. Counters are named by the client's
 * id: a key's id (never the key), or a SHA-256 hash of an address (spec 14.3). A key's own limits replace the
 * configured ones.
 */
@ApplicationScoped
public class RateLimiter {

    /** The limits of spec 14.2. */
    public enum Limit {
        GENERATION_REQUESTS("generation_requests"),
        API_REQUESTS("api_requests"),
        STATUS_CHECKS("status_checks");

        private final String wireName;

        Limit(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    private static final Duration REDIS_WAIT = Duration.ofMillis(300);

    private final ReactiveValueCommands<String, Long> counters;
    private final ReactiveKeyCommands<String> keys;
    private final RateLimitConfig config;
    private final MeterRegistry metrics;
    private final Map<String, AtomicLong> local = new ConcurrentHashMap<>();
    private volatile long localWindow = -1;

    RateLimiter(ReactiveRedisDataSource redis, RateLimitConfig config, MeterRegistry metrics) {
        this.counters = redis.value(Long.class);
        this.keys = redis.key();
        this.config = config;
        this.metrics = metrics;
        // Registered at zero, so that a dashboard or alert reading a rate sees a series before the first rejection.
        for (Limit limit : Limit.values()) {
            metrics.counter("rate_limit_rejections", "limit", limit.wireName());
        }
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** A request counted against a limit: the counter it went to, so that it can be given back. */
    public record Counted(String key, long window, boolean locally) {
    }

    /**
     * Counts one request of the client against the limit: its key's own limit when it has one, else the configured
     * one.
     *
     * @return the count, or a failure {@link RateLimitedException} when the client is over the limit (the request
     *         was counted all the same; see {@link #giveBack})
     */
    public Uni<Counted> acquire(Limit limit, Client client) {
        long windowMillis = config.window()
                .toMillis();
        long now = System.currentTimeMillis();
        long window = now / windowMillis;
        int retryAfter = (int) Math.max(1, ((window + 1) * windowMillis - now + 999) / 1000);
        int allowed = allowed(limit, client.limits());
        // The client's id holds no key or address (Client hashes addresses), so it names the counter as it is.
        String key = config.keyPrefix() + limit.wireName() + ":" + client.id() + ":" + window;
        AtomicBoolean locally = new AtomicBoolean();
        return counters.incr(key)
                .call(count -> count == 1 ? keys.expire(key, config.window()
                        .plusSeconds(1))
                        : Uni.createFrom()
                                .voidItem())
                .ifNoItem()
                .after(REDIS_WAIT)
                .fail()
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.debugf("rate limit counted locally: %s", failure.toString());
                    locally.set(true);
                    return countLocally(key, window);
                })
                .onItem()
                .transformToUni(count -> {
                    if (count > allowed) {
                        metrics.counter("rate_limit_rejections", "limit", limit.wireName())
                                .increment();
                        return Uni.createFrom()
                                .failure(new RateLimitedException(limit.wireName(), allowed, config.window()
                                        .toSeconds(), retryAfter));
                    }
                    return Uni.createFrom()
                            .item(new Counted(key, window, locally.get()));
                });
    }

    /**
     * Takes a counted request back off its counter: a request the service refused (a 4xx) costs the client nothing.
     * The counter keeps its expiry; one of a window that has ended is never read again. A request refused for the
     * limit itself (429) is not given back, which cannot lengthen a fixed window's wait.
     */
    public Uni<Void> giveBack(Counted counted) {
        if (counted.locally()) {
            AtomicLong counter = counted.window() == localWindow ? local.get(counted.key()) : null;
            if (counter != null) {
                counter.updateAndGet(count -> Math.max(0, count - 1));
            }
            return Uni.createFrom()
                    .voidItem();
        }
        return counters.decr(counted.key())
                .call(count -> keys.expire(counted.key(), config.window()
                        .plusSeconds(1)))
                .ifNoItem()
                .after(REDIS_WAIT)
                .fail()
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.debugf("a refused request was not given back to its counter: %s", failure.toString());
                    return 0L;
                })
                .replaceWithVoid();
    }

    private int allowed(Limit limit, ClientLimits own) {
        Integer allowed = switch (limit) {
            case GENERATION_REQUESTS -> own.generationRequests();
            case API_REQUESTS -> own.apiRequests();
            case STATUS_CHECKS -> own.statusChecks();
        };
        if (allowed != null) {
            return allowed;
        }
        return switch (limit) {
            case GENERATION_REQUESTS -> config.generationRequests();
            case API_REQUESTS -> config.apiRequests();
            case STATUS_CHECKS -> config.statusChecks();
        };
    }

    private long countLocally(String key, long window) {
        if (window != localWindow) {
            // A new window: the old counts can never matter again.
            local.clear();
            localWindow = window;
        }
        return local.computeIfAbsent(key, k -> new AtomicLong())
                .incrementAndGet();
    }
}
