package org.lotteryengine.draws.service;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lotteryengine.lotteries.service.LotteryDeletionListener;
import org.lotteryengine.platform.config.EngineConfig;
import org.lotteryengine.platform.config.PatternGroupingConfig;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;

/**
 * The computed pattern analysis of each game, as JSON: in Redis, shared by every replica, and in this replica's
 * memory.
 * <p>
 * Each game has a version number in Redis, incremented whenever its draws change; the JSON is stored under its
 * version. A request serves the copy in memory when it has the current version, so a cached analysis costs at most
 * one small Redis read, not a 100 KB transfer; and the version itself is trusted for
 * {@code lottery.pattern-grouping.cache-revalidate-after} (250 ms) before it is read again, so under load most
 * requests touch no Redis at all. Any replica's change bumps the version: this replica's copy is dropped at once, the
 * others' within that interval.
 * <p>
 * Redis being slow or down never fails a request: every operation gives up after {@link #REDIS_WAIT}, and the caller
 * then computes the analysis (a copy in memory is not trusted, since another replica may have changed the draws).
 */
@ApplicationScoped
public class PatternAnalysisCache implements LotteryDeletionListener {

    private static final Logger LOG = Logger.getLogger(PatternAnalysisCache.class);
    private static final Duration REDIS_WAIT = Duration.ofMillis(300);

    /** What a lookup found: the JSON as text and as UTF-8 bytes, ready to send. */
    public record Lookup(String json, byte[] bytes, Long version, boolean redisAvailable) {

        static Lookup unavailable() {
            return new Lookup(null, null, null, false);
        }
    }

    // Kept encoded: a cached analysis is sent as it is, without encoding 100 KB per request.
    private record Copy(long version, String json, byte[] bytes, long checkedAtNanos) {

        static Copy of(long version, String json) {
            return new Copy(version, json, json.getBytes(StandardCharsets.UTF_8), System.nanoTime());
        }

        Copy checkedNow() {
            return new Copy(version, json, bytes, System.nanoTime());
        }
    }

    private final ReactiveValueCommands<String, String> strings;
    private final ReactiveValueCommands<String, Long> counters;
    private final Duration ttl;
    // The algorithm version is part of every key: a new release never serves an analysis computed by an old one.
    private final String prefix;
    private final Map<String, Copy> local = new ConcurrentHashMap<>();
    private final long revalidateAfterNanos;

    PatternAnalysisCache(ReactiveRedisDataSource redis, PatternGroupingConfig config, EngineConfig engine) {
        this.strings = redis.value(String.class);
        this.counters = redis.value(Long.class);
        this.ttl = config.cacheTtl();
        this.prefix = "lottery:pattern-analysis:" + engine.version() + ":";
        this.revalidateAfterNanos = config.cacheRevalidateAfter()
                .toNanos();
    }

    /** The cached JSON of the game's current version, if any; or why not. */
    public Uni<Lookup> get(String lotteryId) {
        Copy recent = local.get(lotteryId);
        if (recent != null && System.nanoTime() - recent.checkedAtNanos() < revalidateAfterNanos) {
            return Uni.createFrom()
                    .item(new Lookup(recent.json(), recent.bytes(), recent.version(), true));
        }
        return guarded(counters.get(versionKey(lotteryId))).onItem()
                .transformToUni(version -> {
                    if (version == null) {
                        return Uni.createFrom()
                                .item(new Lookup(null, null, null, true));
                    }
                    Copy copy = local.get(lotteryId);
                    if (copy != null && copy.version() == version) {
                        local.put(lotteryId, copy.checkedNow());
                        return Uni.createFrom()
                                .item(new Lookup(copy.json(), copy.bytes(), version, true));
                    }
                    return guarded(strings.get(jsonKey(lotteryId, version))).map(json -> {
                        if (json == null) {
                            return new Lookup(null, null, version, true);
                        }
                        Copy fetched = Copy.of(version, json);
                        local.put(lotteryId, fetched);
                        return new Lookup(json, fetched.bytes(), version, true);
                    });
                })
                .onFailure()
                .invoke(failure -> LOG.debugf("pattern-analysis cache unavailable: %s", failure.toString()))
                .onFailure()
                .recoverWithItem(Lookup.unavailable());
    }

    /**
     * Drops the game's analysis everywhere: its version moves on with nothing stored under it, so that no replica
     * serves the old copy (a game deleted and created again under its id must never show the old game's analysis).
     */
    @Override
    public Uni<Void> deleted(String lotteryId) {
        return forget(lotteryId);
    }

    public Uni<Void> forget(String lotteryId) {
        local.remove(lotteryId);
        return guarded(counters.incr(versionKey(lotteryId))).replaceWithVoid()
                .onFailure()
                .recoverWithNull();
    }

    /**
     * Stores the JSON as the game's new version, here and in Redis; best effort. Use after the draws changed: it
     * invalidates every replica's copy. To fill the cache after a miss, use {@link #fill}.
     */
    public Uni<Void> put(String lotteryId, String json) {
        return guarded(counters.incr(versionKey(lotteryId))).onItem()
                .transformToUni(version -> guarded(strings.setex(jsonKey(lotteryId, version), ttl.toSeconds(), json))
                        .invoke(() -> local.put(lotteryId, Copy.of(version, json))))
                .onFailure()
                .invoke(failure -> {
                    local.remove(lotteryId);
                    LOG.debugf("pattern-analysis cache not written: %s", failure.toString());
                })
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /**
     * Stores an analysis computed after a lookup found none, under the version that lookup saw (0 when the game had
     * none yet), unless that version holds one already; best effort. Unlike {@link #put} it never moves the game to a
     * new version: the analysis read its draws after the lookup, so when they changed meanwhile, the change's refresh
     * has moved the game past that version, and an analysis of the draws from before the change can never become the
     * current one. This replica's copy is left alone: the next lookup reads whichever version is current.
     *
     * @param observedVersion the version the lookup saw, or null when the game had none
     * @return the version the analysis belongs to, or null when the game has moved on (or Redis did not answer)
     */
    public Uni<Long> fill(String lotteryId, Long observedVersion, String json) {
        Uni<Long> version = observedVersion != null ? Uni.createFrom()
                .item(observedVersion)
                : guarded(counters.setnx(versionKey(lotteryId), 0L)).chain(() -> guarded(counters.get(versionKey(
                        lotteryId))))
                        // Anything but 0: a change came in since the lookup, and its refresh fills the cache.
                        .map(current -> current != null && current == 0L ? current : null);
        return version.onItem()
                .ifNotNull()
                .transformToUni(filled -> guarded(strings.set(jsonKey(lotteryId, filled), json, new SetArgs().nx()
                        .ex(ttl))).replaceWith(filled))
                .onFailure()
                .invoke(failure -> LOG.debugf("pattern-analysis cache not filled: %s", failure.toString()))
                .onFailure()
                .recoverWithNull();
    }

    /** Drops every replica's copy of the game's analysis by moving to a new, empty version; best effort. */
    public Uni<Void> invalidate(String lotteryId) {
        local.remove(lotteryId);
        return guarded(counters.incr(versionKey(lotteryId))).onFailure()
                .invoke(failure -> LOG.warnf("pattern-analysis cache of %s not invalidated: %s", lotteryId,
                        failure.toString()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    private static <T> Uni<T> guarded(Uni<T> redisCall) {
        return redisCall.ifNoItem()
                .after(REDIS_WAIT)
                .fail();
    }

    private String versionKey(String lotteryId) {
        return prefix + "version:" + lotteryId;
    }

    private String jsonKey(String lotteryId, long version) {
        return prefix + "json:" + lotteryId + ":" + version;
    }
}
