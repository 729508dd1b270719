package org.lotteryengine.evaluation.service;

import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.lotteryengine.engine.wheel.LottoDesignSearch;
import org.lotteryengine.evaluation.repository.WheelDesignRepository;
import org.lotteryengine.platform.config.DesignLibraryConfig;
import org.lotteryengine.platform.service.BackgroundSlot;
import org.lotteryengine.platform.service.BackgroundWorker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Searches smaller wheel designs in the background (issue 4/7), by the rules of the design library's background
 * search ({@code lottery.design-library.improver.*}): one thread at the lowest priority, only while the engine pool is
 * idle and the {@link BackgroundSlot} is free, within {@code cpu-share} of a core, and {@code search-time} per search.
 * <p>
 * Replicas share the work through PostgreSQL: each leases the stored design with the least background search so far
 * ({@code SKIP LOCKED}), continues its search from it ({@link LottoDesignSearch#smallerThan}) and offers the result,
 * which replaces the stored design only with fewer tickets. A design is left alone once {@code max-search-per-key} of
 * background search went into it. A request that reaches the engine pool ends the running search at once: the search
 * reads the time from a clock that jumps past its deadline, and its smallest design so far is still offered.
 */
@ApplicationScoped
public class WheelImprover {

    private static final Logger LOG = Logger.getLogger(WheelImprover.class);

    private final WheelDesignRepository designs;
    private final BackgroundSlot slot;
    private final DesignLibraryConfig config;
    private final String replica = "wheel-improver-" + UUID.randomUUID();
    private final Counter searches;
    private final Counter improvements;
    private final BackgroundWorker worker;

    WheelImprover(WheelDesignRepository designs, BackgroundSlot slot, DesignLibraryConfig config,
            MeterRegistry registry) {
        this.designs = designs;
        this.slot = slot;
        this.config = config;
        this.worker = new BackgroundWorker("wheel-improver", slot, config.improver()
                .idleRest(), this::searchOnce);
        this.searches = Counter.builder("lottery.wheel.designs.improver.searches")
                .description("Background searches of stored wheel designs")
                .register(registry);
        this.improvements = Counter.builder("lottery.wheel.designs.improver.improvements")
                .description("Background searches of wheel designs that stored a smaller design")
                .register(registry);
    }

    void onStart(@Observes StartupEvent started) {
        if (config.enabled() && config.improver()
                .enabled()
                && config.improver()
                        .wheels()) {
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

    /** Stops the background search; a running search ends at its next look at the clock. */
    public void stop() {
        worker.stop();
    }

    /** Leases a design and searches a smaller one; false when there was none to lease. */
    private boolean searchOnce() throws Throwable {
        long maxMs = config.improver()
                .maxSearchPerKey()
                .toMillis();
        Optional<WheelDesignRepository.Claim> leased = VertxContextSupport.subscribeAndAwait(() -> designs.claim(replica, config
                .improver()
                .lease(), maxMs));
        if (leased.isEmpty()) {
            return false;
        }
        WheelDesignRepository.Claim claim = leased.get();
        long budgetMs = Math.min(config.improver()
                .searchTime()
                .toMillis(), Math.max(1, maxMs - claim.backgroundMs()));
        AtomicBoolean yielded = new AtomicBoolean();
        // A request ends the search at its next look at the clock (every few hundred moves).
        LongSupplier clock = () -> {
            if (!worker.running() || !slot.idle()) {
                yielded.set(true);
                return Long.MAX_VALUE;
            }
            return System.nanoTime();
        };
        long started = System.nanoTime();
        long tookMs;
        try {
            LottoDesignSearch.Result result = LottoDesignSearch.smallerThan(claim.requirement(), claim.tickets(),
                    started + budgetMs * 1_000_000, clock, new SplittableRandom(ThreadLocalRandom.current()
                            .nextLong()));
            tookMs = (System.nanoTime() - started) / 1_000_000;
            searches.increment();
            if (result.tickets().length < claim.tickets().length) {
                Optional<Integer> revision = VertxContextSupport
                        .subscribeAndAwait(() -> designs.offer(claim.requirement(), result
                                .tickets(), tookMs));
                revision.ifPresent(stored -> improvements.increment());
                LOG.debugf("wheel %s: %d tickets instead of %d in %d ms%s", claim.requirement(), result
                        .tickets().length, claim.tickets().length, tookMs, yielded.get() ? " (cut short)" : "");
            }
        } finally {
            long searchedMs = (System.nanoTime() - started) / 1_000_000;
            VertxContextSupport.subscribeAndAwait(() -> designs.release(claim.requirement(), replica, searchedMs));
        }
        double share = config.improver()
                .cpuShare();
        Thread.sleep((long) (tookMs * (1 - share) / share));
        return true;
    }

}
