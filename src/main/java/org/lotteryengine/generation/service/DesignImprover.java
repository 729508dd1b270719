package org.lotteryengine.generation.service;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.lotteryengine.draws.service.PatternAnalysisService;
import org.lotteryengine.engine.generation.Degradation;
import org.lotteryengine.engine.generation.DesignKey;
import org.lotteryengine.engine.generation.GenerationControl;
import org.lotteryengine.engine.generation.GenerationEngine;
import org.lotteryengine.engine.generation.GenerationListener;
import org.lotteryengine.engine.generation.GenerationRequest;
import org.lotteryengine.engine.generation.GenerationResult;
import org.lotteryengine.engine.generation.InvalidGenerationRequestException;
import org.lotteryengine.engine.generation.TicketDesign;
import org.lotteryengine.generation.repository.DesignLibraryRepository;
import org.lotteryengine.lotteries.service.Lottery;
import org.lotteryengine.lotteries.service.LotteryConfigurationService;
import org.lotteryengine.platform.config.DesignLibraryConfig;
import org.lotteryengine.platform.config.EngineConfig;
import org.lotteryengine.platform.error.UnknownLotteryTypeException;
import org.lotteryengine.platform.service.BackgroundSlot;
import org.lotteryengine.platform.service.BackgroundWorker;
import org.lotteryengine.platform.service.EngineExecutor;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * Improves the design library in the background, and warms it on an operator's request.
 * <p>
 * The background search runs on one thread of its own, at the lowest priority, and only while this replica's engine
 * pool is idle and no other background search (the wheel designs', {@code WheelImprover}) holds the
 * {@link BackgroundSlot}: a request that arrives cancels the running search within a few milliseconds (its best set so far is
 * still offered) and the search waits until the pool is idle again, so a request never waits for it. While it runs it
 * keeps to {@code cpu-share} of a core: after each search it rests so that the search was that share of the time.
 * <p>
 * Replicas share the work through PostgreSQL: each takes a lease on the most requested key that no other holds
 * ({@code SKIP LOCKED}), searches it with a fresh seed, and offers the set, which replaces the stored design only if
 * its objective is higher. A key is left alone once {@code max-search-per-key} of search went into it.
 */
@ApplicationScoped
public class DesignImprover {

    private static final Logger LOG = Logger.getLogger(DesignImprover.class);
    /** The most requested keys whose neighbours are designed. */
    private static final int NEIGHBOURED_KEYS = 10;
    /** How often a running background search checks whether a request arrived. */
    private static final long YIELD_CHECK_MS = 5;

    /** What a warm-up did for one key. */
    public record Warmed(DesignKey key, String keyId, boolean stored, Optional<Integer> revision, double objective,
            GenerationResult result) {
    }

    private final DesignLibrary library;
    private final DesignLibraryRepository repository;
    private final LotteryConfigurationService configurations;
    private final PatternAnalysisService patterns;
    private final GenerationEngine engine;
    private final EngineExecutor executor;
    private final BackgroundSlot slot;
    private final DesignLibraryConfig config;
    private final EngineConfig engineConfig;
    private final String replica = "improver-" + UUID.randomUUID();
    private final Counter yields;
    private final Counter searches;
    private final Counter neighbours;
    private final BackgroundWorker worker;

    DesignImprover(DesignLibrary library, DesignLibraryRepository repository, LotteryConfigurationService configurations,
            PatternAnalysisService patterns, GenerationEngine engine, EngineExecutor executor, BackgroundSlot slot,
            DesignLibraryConfig config, EngineConfig engineConfig, MeterRegistry registry) {
        this.library = library;
        this.repository = repository;
        this.configurations = configurations;
        this.patterns = patterns;
        this.engine = engine;
        this.executor = executor;
        this.slot = slot;
        this.config = config;
        this.engineConfig = engineConfig;
        this.worker = new BackgroundWorker("design-improver", slot, config.improver()
                .idleRest(), this::searchOnce);
        this.searches = Counter.builder("lottery.design.library.improver.searches")
                .description("Background searches of the design library run to their end")
                .register(registry);
        this.neighbours = Counter.builder("lottery.design.library.improver.neighbours")
                .description("Keys next to a requested one in ticket count, designed before anyone asked")
                .register(registry);
        this.yields = Counter.builder("lottery.design.library.improver.yields")
                .description("Background searches of the design library cut short because request work arrived")
                .register(registry);
    }

    void onStart(@Observes StartupEvent started) {
        if (config.enabled() && config.improver()
                .enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent stopping) {
        stop();
    }

    /** Starts the background search (tests that turn it on call this). */
    public void start() {
        worker.start();
    }

    /** Stops the background search; a running search ends at its next check. */
    public void stop() {
        worker.stop();
    }

    /**
     * Claims the most requested key and searches it, or designs a neighbour of a requested key; false when there was
     * neither.
     */
    private boolean searchOnce() throws Throwable {
        VertxContextSupport.subscribeAndAwait(library::flushRequests);
        Optional<DesignLibraryRepository.Claim> claim = VertxContextSupport.subscribeAndAwait(() -> repository.claim(
                replica, config.improver()
                        .lease(),
                engineConfig.version(), config.improver()
                        .maxSearchPerKey()
                        .toMillis()));
        if (claim.isEmpty()) {
            return designNeighbour();
        }
        improve(claim.get());
        return true;
    }

    private void improve(DesignLibraryRepository.Claim claim) throws Throwable {
        DesignLibraryRepository.Key stored = claim.key();
        try {
            Lottery game;
            try {
                game = VertxContextSupport.subscribeAndAwait(() -> configurations.getForPath(stored.lotteryId()));
            } catch (UnknownLotteryTypeException gone) {
                VertxContextSupport.subscribeAndAwait(() -> repository.forgetGame(stored.id()));
                return;
            }
            PatternAnalysisService.Grouping grouping = VertxContextSupport.subscribeAndAwait(() -> patterns.grouping(
                    game));
            DesignKey key = stored.key();
            long budget = Math.min(config.improver()
                    .searchTime()
                    .toMillis(),
                    Math.max(1, config.improver()
                            .maxSearchPerKey()
                            .toMillis() - claim.totalSearchMs()));
            GenerationRequest request = new GenerationRequest(key.targetTier(), key.tickets(), key.strategy(), null,
                    budget, null, coldPatterns(key), ThreadLocalRandom.current()
                            .nextLong());
            DesignKey now = engine.designKey(game.format(), grouping.data(), request, Degradation.none(), engineConfig
                    .version());
            if (!now.id()
                    .equals(stored.id())) {
                // The game's pattern data moved on: requests now use another key, and this one is done.
                VertxContextSupport.subscribeAndAwait(() -> repository.forgetGame(stored.id()));
                return;
            }
            Optional<DesignLibraryRepository.Entry> current = VertxContextSupport.subscribeAndAwait(() -> repository
                    .find(stored.id(), game.format()));
            searchAndOffer(game, grouping, request, now, current.map(DesignLibraryRepository.Entry::design));
        } finally {
            VertxContextSupport.subscribeAndAwait(() -> repository.release(stored.id(), replica));
        }
    }

    /**
     * Searches the key (continuing its design when there is one), offers the set to the library and rests for the CPU
     * share.
     */
    private void searchAndOffer(Lottery game, PatternAnalysisService.Grouping grouping, GenerationRequest request,
            DesignKey key, Optional<TicketDesign> current) throws Throwable {
        long started = System.nanoTime();
        GenerationControl control = new GenerationControl();
        AtomicBoolean yielded = new AtomicBoolean();
        GenerationResult result = search(game, grouping, request, current, control, yielded);
        (yielded.get() ? yields : searches).increment();
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        if (!result.tickets()
                .isEmpty()) {
            TicketDesign design = TicketDesign.of(result, key.strategy());
            Optional<Integer> revision = VertxContextSupport.subscribeAndAwait(() -> library.offer(key, game.id(),
                    design));
            LOG.debugf("key %s searched %d ms: objective %.6f, %s", key.id(), tookMs, design.objective(), revision
                    .isPresent() ? "stored" : "kept");
        }
        double share = config.improver()
                .cpuShare();
        pause(Duration.ofMillis((long) (tookMs * (1 - share) / share)));
    }

    /**
     * Designs a ticket count next to a requested key's (up to {@code neighbours} either side, nearest first,
     * for the {@value #NEIGHBOURED_KEYS} most requested keys) that the library does not hold yet, so that a request
     * for it is served at once; false when every such neighbour is designed. Its later searches are claimed like any
     * key's, after the requested ones (the claim orders by requests).
     */
    private boolean designNeighbour() throws Throwable {
        List<DesignLibraryRepository.Summary> keys = VertxContextSupport.subscribeAndAwait(library::list);
        Set<String> stored = new HashSet<>();
        for (DesignLibraryRepository.Summary summary : keys) {
            stored.add(summary.key()
                    .id());
        }
        for (DesignLibraryRepository.Summary summary : keys.subList(0, Math.min(NEIGHBOURED_KEYS, keys.size()))) {
            DesignKey requested = summary.key()
                    .key();
            String lotteryId = summary.key()
                    .lotteryId();
            if (summary.requests() == 0 || lotteryId == null || !requested.algorithm()
                    .equals(engineConfig.version())) {
                continue;
            }
            Lottery game;
            try {
                game = VertxContextSupport.subscribeAndAwait(() -> configurations.getForPath(lotteryId));
            } catch (UnknownLotteryTypeException gone) {
                continue;
            }
            PatternAnalysisService.Grouping grouping = VertxContextSupport.subscribeAndAwait(() -> patterns.grouping(
                    game));
            for (int distance = 1; distance <= config.improver()
                    .neighbours(); distance++) {
                for (int tickets : new int[] { requested.tickets() + distance, requested.tickets() - distance }) {
                    if (tickets < 1 || tickets > engineConfig.maxTickets()) {
                        continue;
                    }
                    GenerationRequest request = new GenerationRequest(requested.targetTier(), tickets, requested
                            .strategy(), null,
                            config.improver()
                                    .searchTime()
                                    .toMillis(),
                            null, coldPatterns(requested), ThreadLocalRandom.current()
                                    .nextLong());
                    DesignKey neighbour = engine.designKey(game.format(), grouping.data(), request, Degradation.none(),
                            engineConfig.version());
                    if (stored.contains(neighbour.id())) {
                        continue;
                    }
                    try {
                        engine.validate(game.format(), request);
                    } catch (InvalidGenerationRequestException impossible) {
                        continue;
                    }
                    searchAndOffer(game, grouping, request, neighbour, Optional.empty());
                    neighbours.increment();
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Runs one search on this thread, continuing the stored design when there is one, cancelled as soon as a request
     * reaches the engine pool.
     */
    private GenerationResult search(Lottery game, PatternAnalysisService.Grouping grouping, GenerationRequest request,
            Optional<TicketDesign> current, GenerationControl control, AtomicBoolean yielded) {
        var watcher = Executors.newSingleThreadScheduledExecutor(work -> {
            Thread watching = new Thread(work, "design-improver-yield");
            watching.setDaemon(true);
            return watching;
        });
        try {
            watcher.scheduleAtFixedRate(() -> {
                if (!worker.running() || !slot.idle()) {
                    yielded.compareAndSet(false, worker.running());
                    control.cancel();
                }
            }, YIELD_CHECK_MS, YIELD_CHECK_MS, TimeUnit.MILLISECONDS);
            return current.isPresent() ? engine.improve(game.format(), grouping.data(), request, current.get(), control)
                    : engine.generate(game.format(), grouping.data(), request, Degradation.none(), GenerationListener
                            .none(), control);
        } finally {
            watcher.shutdownNow();
        }
    }

    private static Boolean coldPatterns(DesignKey key) {
        return switch (key.coldPatterns()) {
            case "allowed" -> Boolean.TRUE;
            case "forbidden" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static void pause(Duration duration) throws InterruptedException {
        Thread.sleep(Math.max(0, duration.toMillis()));
    }

    /**
     * Searches a key now, on the engine pool, and offers the set to the library (an operator's warm-up).
     *
     * @param request the request whose key to warm; its time limit is the search's
     */
    public Uni<Warmed> warm(String lotteryType, GenerationRequest request) {
        return configurations.getForBody(lotteryType)
                .onItem()
                .transformToUni(game -> patterns.grouping(game)
                        .onItem()
                        .transformToUni(grouping -> {
                            engine.validate(game.format(), request);
                            DesignKey key = engine.designKey(game.format(), grouping.data(), request, Degradation
                                    .none(), engineConfig.version());
                            // A search as long as a generation's: the generation lane, not the short one.
                            return Uni.createFrom()
                                    .deferred(() -> Uni.createFrom()
                                            .completionStage(executor.start(() -> engine.generate(game.format(),
                                                    grouping.data(), request, Degradation.none(), GenerationListener
                                                            .none(),
                                                    new GenerationControl()))))
                                    .onItem()
                                    .transformToUni(result -> offered(game, key, request, result));
                        }));
    }

    private Uni<Warmed> offered(Lottery game, DesignKey key, GenerationRequest request, GenerationResult result) {
        if (result.tickets()
                .isEmpty()) {
            return Uni.createFrom()
                    .item(new Warmed(key, key.id(), false, Optional.empty(), 0, result));
        }
        TicketDesign design = TicketDesign.of(result, request.strategy());
        return library.offer(key, game.id(), design)
                .map(revision -> new Warmed(key, key.id(), revision.isPresent(), revision, design.objective(),
                        result));
    }
}
