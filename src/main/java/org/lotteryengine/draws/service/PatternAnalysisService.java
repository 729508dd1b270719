package org.lotteryengine.draws.service;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lotteryengine.draws.repository.DrawRepository;
import org.lotteryengine.draws.repository.HotNumberRepository;
import org.lotteryengine.draws.repository.PatternGroupRepository;
import org.lotteryengine.draws.repository.ProvenCombinationRepository;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.generation.PatternData;
import org.lotteryengine.engine.history.AnalysisSettings;
import org.lotteryengine.engine.history.BonusDraw;
import org.lotteryengine.engine.history.BonusHistoryAnalysis;
import org.lotteryengine.engine.history.DrawHistory;
import org.lotteryengine.engine.history.DrawRecord;
import org.lotteryengine.engine.history.HistoryAnalysis;
import org.lotteryengine.engine.history.HistoryAnalyzer;
import org.lotteryengine.lotteries.service.Lottery;
import org.lotteryengine.lotteries.service.LotteryConfigurationService;
import org.lotteryengine.platform.config.PatternGroupingConfig;
import org.lotteryengine.platform.error.InsufficientPatternDataException;
import org.lotteryengine.platform.service.EngineExecutor;
import org.lotteryengine.platform.service.Uncancellable;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/**
 * Pattern analysis of stored draws (spec 5): computed on the engine pool, cached as JSON in Redis, and persisted into
 * the tables of spec 5.2 after every change of the draws.
 */
@ApplicationScoped
public class PatternAnalysisService {

    private static final Logger LOG = Logger.getLogger(PatternAnalysisService.class);
    // The mapper writes compact JSON, so the source of a cached analysis can be read without parsing it.
    private static final String EXPECTED_SOURCE = "\"source\":\"expected\"";

    private final LotteryConfigurationService configurations;
    private final DrawRepository draws;
    private final PatternGroupRepository patternGroups;
    private final HotNumberRepository hotNumbers;
    private final ProvenCombinationRepository provenCombinations;
    private final PatternAnalysisCache cache;
    private final EngineExecutor executor;
    private final PatternGroupingConfig config;
    private final AnalysisDocuments documents;
    private final Map<String, CompletableFuture<PatternAnalysisCache.Lookup>> inFlight = new ConcurrentHashMap<>();
    private final Map<String, CachedGrouping> groupings = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> lastUpdates = new ConcurrentHashMap<>();
    private final MeterRegistry metrics;
    /** pattern_cache_requests_total by cache and result, made once: every analysis request counts one. */
    private final Counter analysisHits;
    private final Counter analysisMisses;
    private final Counter groupingHits;
    private final Counter groupingMisses;

    /**
     * What generation needs of a game's analysis.
     *
     * @param observed whether the groups come from enough observed draws (else from class sizes)
     */
    public record Grouping(PatternData data, boolean observed) {
    }

    private record CachedGrouping(Long version, Grouping grouping, long computedAtNanos) {
    }

    /** How long a grouping computed while Redis cannot give a version is used before it is computed again. */
    private static final long UNVERSIONED_LIFE_NANOS = 10_000_000_000L;

    PatternAnalysisService(LotteryConfigurationService configurations, DrawRepository draws,
            PatternGroupRepository patternGroups, HotNumberRepository hotNumbers,
            ProvenCombinationRepository provenCombinations, PatternAnalysisCache cache, EngineExecutor executor,
            PatternGroupingConfig config, AnalysisDocuments documents, MeterRegistry metrics) {
        this.configurations = configurations;
        this.draws = draws;
        this.patternGroups = patternGroups;
        this.hotNumbers = hotNumbers;
        this.provenCombinations = provenCombinations;
        this.cache = cache;
        this.executor = executor;
        this.config = config;
        this.documents = documents;
        this.metrics = metrics;
        this.analysisHits = cacheCounter(metrics, "analysis", "hit");
        this.analysisMisses = cacheCounter(metrics, "analysis", "miss");
        this.groupingHits = cacheCounter(metrics, "grouping", "hit");
        this.groupingMisses = cacheCounter(metrics, "grouping", "miss");
    }

    /** The analysis settings from configuration. */
    public AnalysisSettings settings() {
        return new AnalysisSettings(config.hotGroupSize(), config.warmGroupSize(), config.coldMaximumShare(),
                config.hotPatternMinimumFrequency(), config.minimumHistoricalDraws(), config.topNumbers(),
                config.topPairs(), config.topTriplets(), config.confidenceThreshold(), config.liftMinimumMatches());
    }

    /**
     * The analysis of a game named in a URL path, as UTF-8 JSON: from the cache when it holds it, else computed (and
     * cached).
     *
     * @param requireObserved fail with 4104 when too few draws are stored to group by observation
     */
    public Uni<byte[]> analysisJson(String lotteryType, boolean requireObserved) {
        return configurations.getForPath(lotteryType)
                .onItem()
                .transformToUni(game -> game.hasBonus() ? bonusAnalysisJson(game, requireObserved)
                        : kOfNAnalysisJson(game, requireObserved));
    }

    private Uni<byte[]> kOfNAnalysisJson(Lottery game, boolean requireObserved) {
        return cache.get(game.id())
                .invoke(lookup -> (lookup.json() != null ? analysisHits : analysisMisses).increment())
                .onItem()
                .transformToUni(lookup -> lookup.json() != null ? Uni.createFrom()
                        .item(lookup)
                        : computeOnce(game, lookup))
                .onItem()
                .transformToUni(lookup -> requireObserved && lookup.json()
                        .contains(EXPECTED_SOURCE) ? insufficient(game)
                                : Uni.createFrom()
                                        .item(lookup.bytes()));
    }

    /**
     * A bonus game's analysis (frequencies and fairness screens of both drums and of the main numbers' patterns),
     * computed on the engine pool from the stored draws at each request: it is not cached, as nothing but this
     * endpoint reads it.
     */
    private Uni<byte[]> bonusAnalysisJson(Lottery game, boolean requireObserved) {
        BonusGame bonusGame = game.bonusGame();
        return draws.loadHistory(game.id())
                .onItem()
                .transformToUni(history -> requireObserved && history.size() < config.minimumHistoricalDraws()
                        ? insufficient(game)
                        : executor.submit(() -> documents.writeBonus(game.id(), game.name(), bonusAnalysis(
                                bonusGame, history), config.confidenceThreshold())
                                .getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A bonus game's pattern groups for generation, from its stored draws, computed on the engine pool at each request
     * (a bonus game's analysis is not cached, see {@link #analysisJson}).
     */
    public Uni<Grouping> bonusGrouping(Lottery game) {
        BonusGame bonusGame = game.bonusGame();
        return draws.loadHistory(game.id())
                .onItem()
                .transformToUni(history -> executor.submit(() -> {
                    BonusHistoryAnalysis analysis = bonusAnalysis(bonusGame, history);
                    return new Grouping(PatternData.from(analysis), analysis.groupedByObservation());
                }));
    }

    private BonusHistoryAnalysis bonusAnalysis(BonusGame game, List<DrawRepository.StoredDraw> history) {
        return BonusHistoryAnalysis.of(game, history.stream()
                .map(draw -> new BonusDraw(draw.date(), draw.numbers(), draw.bonus()))
                .toList(), settings());
    }

    /**
     * Computes a game's analysis once for all the requests that miss the cache together, so that a burst of requests
     * (or Redis going away under load) starts one computation, not one per request. With Redis down the result is
     * not cached: no replica could invalidate it.
     */
    private Uni<PatternAnalysisCache.Lookup> computeOnce(Lottery game,
            PatternAnalysisCache.Lookup missed) {
        boolean cacheIt = missed.redisAvailable();
        CompletableFuture<PatternAnalysisCache.Lookup> mine = new CompletableFuture<>();
        CompletableFuture<PatternAnalysisCache.Lookup> running = inFlight.putIfAbsent(game.id(), mine);
        if (running != null) {
            return Uni.createFrom()
                    .completionStage(running);
        }
        // Deferred, so that a failure thrown while assembling the analysis (a bonus game's refusal) also ends the
        // in-flight entry below, instead of leaving every later request waiting on it.
        return Uni.createFrom()
                .deferred(() -> analyse(game))
                .map(analysis -> toJson(game, analysis))
                .call(analysisJson -> cacheIt ? cache.fill(game.id(), missed.version(), analysisJson)
                        : Uni.createFrom()
                                .nullItem())
                .map(analysisJson -> new PatternAnalysisCache.Lookup(analysisJson,
                        analysisJson.getBytes(StandardCharsets.UTF_8), null, cacheIt))
                .onItemOrFailure()
                .invoke((lookup, failure) -> {
                    inFlight.remove(game.id(), mine);
                    if (failure == null) {
                        mine.complete(lookup);
                    } else {
                        mine.completeExceptionally(failure);
                    }
                });
    }

    private Uni<byte[]> insufficient(Lottery game) {
        return draws.countByLottery(game.id())
                .onItem()
                .transformToUni(stored -> Uni.createFrom()
                        .failure(new InsufficientPatternDataException(game.name(), stored,
                                config.minimumHistoricalDraws())));
    }

    /**
     * The game's pattern groups for generation, kept in memory for as long as the game's cached analysis keeps its
     * version (every replica moves to a new version when the draws change).
     */
    public Uni<Grouping> grouping(Lottery game) {
        return cache.get(game.id())
                .onItem()
                .transformToUni(lookup -> {
                    CachedGrouping known = groupings.get(game.id());
                    if (known != null && (lookup.version() != null ? lookup.version()
                            .equals(known.version())
                            : System.nanoTime() - known.computedAtNanos() < UNVERSIONED_LIFE_NANOS)) {
                        groupingHits.increment();
                        return Uni.createFrom()
                                .item(known.grouping());
                    }
                    groupingMisses.increment();
                    return analyse(game).onItem()
                            .transformToUni(analysis -> versionOf(game, analysis, lookup))
                            .map(versioned -> {
                                groupings.put(game.id(), versioned);
                                return versioned.grouping();
                            });
                });
    }

    /** The grouping with the cache version it belongs to, filling the cache when it held no analysis. */
    private Uni<CachedGrouping> versionOf(Lottery game, HistoryAnalysis analysis,
            PatternAnalysisCache.Lookup lookup) {
        Grouping grouping = new Grouping(PatternData.from(analysis), analysis.groupedByObservation());
        if (lookup.version() != null && lookup.json() != null || !lookup.redisAvailable()) {
            return Uni.createFrom()
                    .item(new CachedGrouping(lookup.version(), grouping, System.nanoTime()));
        }
        // Tagged with the version the analysis belongs to: none when the draws changed meanwhile, so that the next
        // request computes the grouping again.
        return cache.fill(game.id(), lookup.version(), toJson(game, analysis))
                .map(version -> new CachedGrouping(version, grouping, System.nanoTime()));
    }

    /** Records when a game's pattern data was last computed, as pattern_data_last_update_timestamp (seconds). */
    private void updated(String lotteryId) {
        lastUpdates.computeIfAbsent(lotteryId, id -> {
            AtomicLong seconds = new AtomicLong();
            Gauge.builder("pattern.data.last.update.timestamp", seconds, AtomicLong::get)
                    .description("When the game's pattern data was last computed, in seconds since the epoch")
                    .tag("lottery", id)
                    .register(metrics);
            return seconds;
        })
                .set(Instant.now()
                        .getEpochSecond());
    }

    /**
     * A pattern_cache_requests_total series: {@code analysis} is the analysis JSON in Redis, {@code grouping} the
     * pattern groups generation keeps in memory.
     */
    private static Counter cacheCounter(MeterRegistry metrics, String cacheName, String result) {
        return Counter.builder("pattern.cache.requests")
                .description("Pattern analysis cache lookups, by cache and result (hit or miss)")
                .tags("cache", cacheName, "result", result)
                .register(metrics);
    }

    /** The analysis of a stored game, computed now on the engine pool. */
    public Uni<HistoryAnalysis> analyse(Lottery game) {
        LotteryFormat format = game.format();
        AnalysisSettings settings = settings();
        long started = System.nanoTime();
        return draws.loadHistory(game.id())
                .onItem()
                .transformToUni(stored -> executor.submit(() -> {
                    List<DrawRecord> records = stored.stream()
                            .map(draw -> new DrawRecord(draw.date(), draw.drawNumber(), format.maskOf(draw.numbers())))
                            .toList();
                    return HistoryAnalyzer.analyze(DrawHistory.of(format, records), settings);
                }))
                .invoke(() -> {
                    Timer.builder("pattern.analysis.duration")
                            .description("Time to load a game's draws and compute its pattern analysis")
                            .tag("lottery", game.id())
                            .publishPercentileHistogram()
                            .register(metrics)
                            .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
                    updated(game.id());
                });
    }

    private String toJson(Lottery game, HistoryAnalysis analysis) {
        return documents.write(game.id(), game.name(), analysis, config.preferenceWeights(), Instant.now());
    }

    /**
     * Recomputes a game's analysis after its draws changed: persists the tables of spec 5.2 in one transaction, then
     * replaces the cached JSON. Returns the analysis.
     */
    public Uni<HistoryAnalysis> refresh(Lottery game) {
        return refreshOlderThan(game, Duration.ZERO);
    }

    /**
     * Recomputes the game's analysis as {@link #refresh} does, unless the stored one is younger than
     * {@code minimumAge}: then it leaves it and returns null. A scheduled run on every replica thus refreshes each game
     * once; the replicas that come second wait for the first, then find its analysis fresh.
     */
    public Uni<HistoryAnalysis> refreshOlderThan(Lottery game, Duration minimumAge) {
        // One refresh of a game at a time, on every replica, from reading the draws to replacing the cache: two at
        // once would fail on each other's rows (unique keys), or leave the analysis of fewer draws last.
        // Programmatic: an interceptor binding would not apply to a call from within this bean.
        return Uncancellable.transaction(() -> lockRefreshOf(game.id())
                .chain(() -> youngerThan(game.id(), minimumAge))
                .chain(fresh -> fresh ? Uni.createFrom()
                        .<HistoryAnalysis> nullItem()
                        : analyse(game).call(analysis -> replaceRows(game.id(), analysis))
                                .call(analysis -> cache.put(game.id(), toJson(game, analysis)))))
                .invoke(analysis -> {
                    if (analysis != null) {
                        LOG.infof("Pattern analysis of %s refreshed from %d draws (%s)", game.id(), analysis
                                .drawCount(), analysis.groupedByObservation() ? "observed" : "expected");
                    }
                });
    }

    /**
     * Whether the game's stored analysis is younger than {@code minimumAge}, by the database's clock; never when it has
     * none. A refresh that always runs (after an import, on an operator's request) asks nothing of the database.
     */
    private static Uni<Boolean> youngerThan(String lotteryId, Duration minimumAge) {
        if (minimumAge.isZero() || minimumAge.isNegative()) {
            return Uni.createFrom()
                    .item(false);
        }
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(AGE_OF_STORED_ANALYSIS, Double.class)
                        .setParameter("game", lotteryId)
                        .getSingleResult())
                .map(ageSeconds -> ageSeconds >= 0 && ageSeconds < minimumAge.toMillis() / 1000.0);
    }

    private static final String AGE_OF_STORED_ANALYSIS = "SELECT CAST(coalesce(extract(epoch FROM clock_timestamp()"
            + " - max(updated_at)), -1) AS double precision) FROM pattern_groups WHERE lottery_config_id = :game";

    /**
     * Waits for, then holds until the transaction ends, the lock on refreshing the game: a PostgreSQL advisory lock, so
     * that it is shared by all replicas. Keyed by a namespace of this service and the game id's hash (games that share
     * a hash only wait for each other).
     */
    private static Uni<Void> lockRefreshOf(String lotteryId) {
        return Panache.getSession()
                .chain(session -> session.createNativeQuery(
                        "SELECT 1 FROM pg_advisory_xact_lock(" + REFRESH_LOCK_NAMESPACE + ", hashtext(:game))",
                        Integer.class)
                        .setParameter("game", lotteryId)
                        .getSingleResult())
                .replaceWithVoid();
    }

    /** First key of the refresh locks (pg_advisory_xact_lock(int, int)): "LTRF". */
    private static final int REFRESH_LOCK_NAMESPACE = 0x4C545246;

    /** Replaces the game's rows of pattern_groups, hot_numbers and proven_combinations, in the caller's transaction. */
    private Uni<Void> replaceRows(String lotteryId, HistoryAnalysis analysis) {
        return patternGroups.delete("lotteryConfigId", lotteryId)
                .chain(() -> hotNumbers.delete("lotteryConfigId", lotteryId))
                .chain(() -> provenCombinations.delete("lotteryConfigId", lotteryId))
                .chain(() -> persistAll(patternGroups, PatternDataMapper.patternGroups(lotteryId, analysis,
                        config.preferenceWeights())))
                .chain(() -> persistAll(hotNumbers, PatternDataMapper.hotNumbers(lotteryId, analysis)))
                .chain(() -> persistAll(provenCombinations, PatternDataMapper.provenCombinations(lotteryId,
                        analysis)));
    }

    /** Persists the rows; Panache refuses an empty list, which a game with few or no draws produces. */
    private static <T> Uni<Void> persistAll(PanacheRepositoryBase<T, ?> repository, List<T> rows) {
        return rows.isEmpty() ? Uni.createFrom()
                .voidItem() : repository.persist(rows);
    }

    /** Drops the cached analysis of a game whose draws changed. */
    public Uni<Void> invalidate(String lotteryId) {
        return cache.invalidate(lotteryId);
    }
}
