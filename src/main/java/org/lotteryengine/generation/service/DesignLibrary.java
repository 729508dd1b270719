package org.lotteryengine.generation.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.generation.DesignKey;
import org.lotteryengine.engine.generation.TicketDesign;
import org.lotteryengine.generation.repository.DesignLibraryRepository;
import org.lotteryengine.platform.config.DesignLibraryConfig;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * The design library (issue 4/7): the best set found so far for each {@link DesignKey}, in PostgreSQL for every
 * replica and in memory for {@code lottery.design-library.cache-ttl}, so that a request with a stored design costs no
 * query. Requests per key are counted in memory and added to the table in batches: they order the background work.
 */
@ApplicationScoped
public class DesignLibrary {

    private static final Logger LOG = Logger.getLogger(DesignLibrary.class);

    private record Cached(DesignLibraryRepository.Entry entry, long loadedAtNanos) {
    }

    private final DesignLibraryRepository repository;
    private final DesignLibraryConfig config;
    private final MeterRegistry registry;
    private final ConcurrentMap<String, Cached> memory = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LongAdder> pendingRequests = new ConcurrentHashMap<>();
    /** The latest objective known per key, read by one gauge each. */
    private final ConcurrentMap<String, Double> objectives = new ConcurrentHashMap<>();
    private final Counter hits;
    private final Counter misses;
    private final Counter improvements;
    private final Counter unimproved;

    DesignLibrary(DesignLibraryRepository repository, DesignLibraryConfig config, MeterRegistry registry) {
        this.repository = repository;
        this.config = config;
        this.registry = registry;
        this.hits = lookups(registry, "hit");
        this.misses = lookups(registry, "miss");
        this.improvements = offers(registry, "improved");
        this.unimproved = offers(registry, "kept");
    }

    private static Counter lookups(MeterRegistry registry, String outcome) {
        return Counter.builder("lottery.design.library.requests")
                .description("Generation requests answered from a stored design (hit) or by a search (miss)")
                .tag("outcome", outcome)
                .register(registry);
    }

    private static Counter offers(MeterRegistry registry, String outcome) {
        return Counter.builder("lottery.design.library.offers")
                .description("Searched sets offered to the library: stored as better (improved, the first one of a key"
                        + " included) or not better than the stored one (kept)")
                .tag("outcome", outcome)
                .register(registry);
    }

    public boolean enabled() {
        return config.enabled();
    }

    /** The stored design of a key, if any; counts the request for the key. */
    public Uni<Optional<DesignLibraryRepository.Entry>> find(DesignKey key, LotteryFormat format) {
        if (!config.enabled()) {
            return Uni.createFrom()
                    .item(Optional.empty());
        }
        String id = key.id();
        pendingRequests.computeIfAbsent(id, ignored -> new LongAdder())
                .increment();
        Cached cached = memory.get(id);
        if (cached != null && System.nanoTime() - cached.loadedAtNanos() < config.cacheTtl()
                .toNanos()) {
            return Uni.createFrom()
                    .item(Optional.of(cached.entry()));
        }
        return repository.find(id, format)
                .invoke(found -> found.ifPresentOrElse(entry -> remember(id, entry), () -> memory.remove(id)))
                .onFailure(IllegalArgumentException.class)
                .recoverWithItem(unreadable -> {
                    // A row that is not an evaluation of its set is never served; a search will replace it.
                    LOG.warnf("design %s is unreadable and is not served: %s", id, unreadable.getMessage());
                    return Optional.empty();
                });
    }

    /** Counts a request answered from the library or by a search. */
    public void answered(boolean fromLibrary) {
        (fromLibrary ? hits : misses).increment();
    }

    /**
     * Offers a searched design: stored only when it beats the key's (compare-and-set in PostgreSQL).
     *
     * @return the stored revision, or empty when the library kept its design
     */
    public Uni<Optional<Integer>> offer(DesignKey key, String lotteryId, TicketDesign design) {
        String id = key.id();
        return repository.offer(key, lotteryId, design)
                .invoke(stored -> {
                    (stored.isPresent() ? improvements : unimproved).increment();
                    if (stored.isPresent()) {
                        // Read again at the next request, with its revision.
                        memory.remove(id);
                        track(id, design.objective());
                    }
                });
    }

    /** Adds the requests counted since the last call to the table. */
    public Uni<Void> flushRequests() {
        Map<String, Long> counts = new HashMap<>();
        for (String id : List.copyOf(pendingRequests.keySet())) {
            LongAdder adder = pendingRequests.remove(id);
            if (adder != null && adder.sum() > 0) {
                counts.put(id, adder.sum());
            }
        }
        return repository.addRequests(counts);
    }

    /** Every stored key, most requested first. */
    public Uni<List<DesignLibraryRepository.Summary>> list() {
        return repository.list();
    }

    private void remember(String id, DesignLibraryRepository.Entry entry) {
        memory.put(id, new Cached(entry, System.nanoTime()));
        track(id, entry.design()
                .objective());
    }

    private void track(String id, double objective) {
        if (objectives.put(id, objective) == null) {
            Gauge.builder("lottery.design.library.objective", objectives, known -> known.getOrDefault(id, Double.NaN))
                    .description("The objective of the stored design of a key, as this replica last read or stored it")
                    .tag("key", id)
                    .register(registry);
        }
    }
}
