package org.lotteryengine.generation.service;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.generation.BaseCriteria;
import org.lotteryengine.engine.generation.GenerationSettings;
import org.lotteryengine.engine.generation.SettingsRules;
import org.lotteryengine.engine.generation.Strategy;
import org.lotteryengine.engine.generation.StrategyModifiers;
import org.lotteryengine.generation.repository.RuntimeSettingsRepository;
import org.lotteryengine.platform.codes.Codes;
import org.lotteryengine.platform.config.EngineConfig;
import org.lotteryengine.platform.config.GenerationConfig;
import org.lotteryengine.platform.config.PatternGroupingConfig;
import org.lotteryengine.platform.config.StoppingCriteriaConfig;
import org.lotteryengine.platform.error.ErrorCode;
import org.lotteryengine.platform.error.InvalidRequestException;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;

/**
 * The generation settings in force (spec 9.2): the configured stopping criteria and strategy modifiers, with the
 * changes operators made at run time. Changes are stored in PostgreSQL with their history and checked by the same rules
 * as the configuration ({@link SettingsRules}); each replica polls the revision every
 * {@code lottery.runtime-settings.poll} and applies a new one to the next generation.
 */
@ApplicationScoped
public class RuntimeSettings {

    private static final Logger LOG = Logger.getLogger(RuntimeSettings.class);
    private static final String CRITERIA = "stopping-criteria.";
    private static final String MODIFIERS = "strategy-modifiers.";

    private final GenerationSettings configured;
    private final RuntimeSettingsRepository repository;
    private final Vertx vertx;
    private final Duration poll;
    /** How long the change history is kept (an audit of who changed what). */
    private final Duration keep;
    private final long maxTimeoutMs;
    private final int hotGroupSize;
    private final AtomicReference<GenerationSettings> current;
    private final AtomicReference<List<RuntimeSettingsRepository.Stored>> overrides = new AtomicReference<>(List
            .of());
    private final AtomicLong revision = new AtomicLong(-1);

    RuntimeSettings(EngineConfig engine, GenerationConfig generation, PatternGroupingConfig grouping,
            StoppingCriteriaConfig criteria, RuntimeSettingsRepository repository, Vertx vertx,
            @ConfigProperty(name = "lottery.runtime-settings.poll", defaultValue = "PT1S") Duration poll,
            @ConfigProperty(name = "lottery.runtime-settings.history-retention", defaultValue = "P730D") Duration keep) {
        this.keep = keep;
        this.configured = GenerationSettingsMapper.settings(engine, generation, grouping, criteria);
        this.repository = repository;
        this.vertx = vertx;
        this.poll = poll;
        this.maxTimeoutMs = generation.maxTimeoutMs();
        this.hotGroupSize = grouping.hotGroupSize();
        List<String> problems = new ArrayList<>();
        configured.criteriaByTier()
                .forEach((tier, base) -> problems.addAll(SettingsRules.problems(LotteryFormat.tierName(tier), base,
                        maxTimeoutMs, hotGroupSize)));
        configured.modifiers()
                .forEach((strategy, modifiers) -> problems.addAll(SettingsRules.problems(Codes.of(strategy),
                        modifiers)));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The configured generation settings break their rules: " + problems);
        }
        this.current = new AtomicReference<>(configured);
    }

    void onStart(@Observes StartupEvent started) {
        refresh().subscribe()
                .with(ignored -> {
                }, failure -> LOG.warnf("Runtime settings not read at start: %s", failure.toString()));
        vertx.setPeriodic(Math.max(100, poll.toMillis()), id -> refresh().subscribe()
                .with(ignored -> {
                }, failure -> LOG.debugf("Runtime settings not polled: %s", failure.toString())));
    }

    /** The settings for the next generation. */
    public GenerationSettings current() {
        return current.get();
    }

    /** Reads the stored changes when their revision moved, and applies them. */
    Uni<Void> refresh() {
        return repository.revision()
                .onItem()
                .transformToUni(latest -> latest == revision.get() ? Uni.createFrom()
                        .voidItem()
                        : repository.all()
                                .invoke(stored -> apply(latest, stored))
                                .replaceWithVoid());
    }

    private synchronized void apply(long latest, List<RuntimeSettingsRepository.Stored> stored) {
        if (latest <= revision.get()) {
            return;
        }
        Map<Integer, BaseCriteria> byTier = new HashMap<>(configured.criteriaByTier());
        Map<Strategy, StrategyModifiers> modifiers = new EnumMap<>(configured.modifiers());
        for (RuntimeSettingsRepository.Stored setting : stored) {
            try {
                Map<String, Number> values = numbers(setting.value());
                if (setting.name()
                        .startsWith(CRITERIA)) {
                    String tier = setting.name()
                            .substring(CRITERIA.length());
                    int matches = LotteryFormat.matchesOfTier(tier);
                    byTier.put(matches, SettingsRules.criteriaWith(tier, configured.criteriaFor(matches), values,
                            maxTimeoutMs, hotGroupSize));
                } else {
                    String name = setting.name()
                            .substring(MODIFIERS.length());
                    Strategy strategy = Codes.parse(Strategy.class, name);
                    modifiers.put(strategy, SettingsRules.modifiersWith(name, configured.modifiers()
                            .get(strategy), values));
                }
            } catch (RuntimeException e) {
                // A row another version wrote, say: the configured values stay in force for it.
                LOG.errorf("Runtime setting %s ignored: %s", setting.name(), e.getMessage());
            }
        }
        current.set(new GenerationSettings(byTier, modifiers, configured.shares(), configured.weights(), configured
                .defaultTimeoutMs(), configured.maxTimeoutMs(), configured.maxTickets(), configured.maxBudget(),
                configured.algorithmVersion()));
        overrides.set(List.copyOf(stored));
        revision.set(latest);
        LOG.infof("Generation settings at revision %d: %d changed at run time", latest, stored.size());
    }

    /** What is in force now, with what was changed, by whom and when. */
    public Uni<View> view() {
        return refresh().map(ignored -> view(current.get()));
    }

    private View view(GenerationSettings settings) {
        Map<String, Setting> criteria = new TreeMap<>();
        settings.criteriaByTier()
                .forEach((tier, base) -> criteria.put(LotteryFormat.tierName(tier), setting(CRITERIA
                        + LotteryFormat.tierName(tier), SettingsRules.values(base))));
        Map<String, Setting> modifiers = new TreeMap<>();
        settings.modifiers()
                .forEach((strategy, values) -> modifiers.put(Codes.of(strategy), setting(MODIFIERS + Codes.of(
                        strategy), SettingsRules.values(values))));
        return new View(revision.get(), criteria, modifiers);
    }

    private Setting setting(String name, Map<String, Number> values) {
        return overrides.get()
                .stream()
                .filter(stored -> stored.name()
                        .equals(name))
                .findFirst()
                .map(stored -> new Setting(values, true, stored.changedBy(), stored.changedAt()))
                .orElse(new Setting(values, false, null, null));
    }

    /**
     * Changes some of a tier's stopping criteria (the others keep their values in force).
     *
     * @throws InvalidRequestException (400) naming every problem, when the tier or a value breaks a rule
     */
    public Uni<View> changeCriteria(String tier, Map<String, Number> changes, String changedBy) {
        int matches = tierOf(tier);
        BaseCriteria next = checked(() -> SettingsRules.criteriaWith(tier, current.get()
                .criteriaFor(matches), changes, maxTimeoutMs, hotGroupSize));
        return store(CRITERIA + tier, SettingsRules.values(next), changedBy);
    }

    /** Changes some of a strategy's modifiers. */
    public Uni<View> changeModifiers(String strategy, Map<String, Number> changes, String changedBy) {
        Strategy parsed = strategyOf(strategy);
        StrategyModifiers next = checked(() -> SettingsRules.modifiersWith(strategy, current.get()
                .modifiers()
                .get(parsed), changes));
        return store(MODIFIERS + strategy, SettingsRules.values(next), changedBy);
    }

    /** Returns a tier's criteria to their configured values. */
    public Uni<View> revertCriteria(String tier, String changedBy) {
        tierOf(tier);
        return store(CRITERIA + tier, null, changedBy);
    }

    /** Returns a strategy's modifiers to their configured values. */
    public Uni<View> revertModifiers(String strategy, String changedBy) {
        strategyOf(strategy);
        return store(MODIFIERS + strategy, null, changedBy);
    }

    /** The last changes, newest first. */
    public Uni<List<Change>> history(int limit) {
        return repository.history(limit)
                .map(changes -> changes.stream()
                        .map(change -> new Change(change.revision(), change.name(), change.value(), change
                                .changedBy(), change.changedAt()))
                        .toList());
    }

    /**
     * One change of the settings.
     *
     * @param name {@code stopping-criteria.<tier>} or {@code strategy-modifiers.<strategy>}
     * @param values all the values set, or null for a revert to the configured ones
     * @param changedBy the API key's name, or {@code operator} for the admin token
     */
    // Answered as JSON by an admin endpoint: the native image must keep its accessors.
    @RegisterForReflection
    public record Change(long revision, String name, Map<String, Object> values, String changedBy,
            Instant changedAt) {
    }

    private Uni<View> store(String name, Map<String, Number> values, String changedBy) {
        return repository.change(name, values == null ? null : new JsonObject(new LinkedHashMap<>(values)), changedBy,
                keep)
                .invoke(changed -> LOG.infof("%s %s by %s (revision %d)", name, values == null ? "reverted"
                        : "changed", changedBy, changed))
                .chain(this::refresh)
                .map(ignored -> view(current.get()));
    }

    private static int tierOf(String tier) {
        if (tier == null || !tier.matches("tier(10|[0-9])")) {
            throw new InvalidRequestException(ErrorCode.INVALID_REQUEST, "tiers are tierM, M from 0 to 10, e.g. tier3",
                    Map.of("field", "tier"));
        }
        return LotteryFormat.matchesOfTier(tier);
    }

    private static Strategy strategyOf(String strategy) {
        return Codes.find(Strategy.class, strategy)
                .orElseThrow(() -> new InvalidRequestException(ErrorCode.INVALID_REQUEST,
                        "strategies are conservative, balanced and aggressive", Map.of("field", "strategy")));
    }

    private static <T> T checked(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (SettingsRules.InvalidSettingsException e) {
            throw new InvalidRequestException(ErrorCode.INVALID_REQUEST, e.getMessage(), Map.of("problems", e
                    .problems()));
        }
    }

    private static Map<String, Number> numbers(JsonObject value) {
        Map<String, Number> numbers = new LinkedHashMap<>();
        value.getMap()
                .forEach((key, number) -> numbers.put(key, (Number) number));
        return numbers;
    }

    /**
     * The settings in force.
     *
     * @param revision the last change's number (0: none yet)
     * @param stoppingCriteria by tier
     * @param strategyModifiers by strategy
     */
    // Answered as JSON by an admin endpoint: the native image must keep its accessors.
    @RegisterForReflection
    public record View(long revision, Map<String, Setting> stoppingCriteria, Map<String, Setting> strategyModifiers) {
    }

    /**
     * One tier's criteria or one strategy's modifiers.
     *
     * @param changed true when an operator changed them at run time (else they are as configured)
     */
    // Answered as JSON by an admin endpoint: the native image must keep its accessors.
    @RegisterForReflection
    public record Setting(Map<String, Number> values, boolean changed, String changedBy, Instant changedAt) {
    }
}
