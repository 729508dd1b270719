package org.lotteryengine.generation.service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lotteryengine.generation.repository.GenerationOutcomeRepository;
import org.lotteryengine.platform.config.ThresholdAdjustmentConfig;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * Spec 9.2's dynamic thresholds: the factor by which a tier's minimum thresholds are lowered now, from the success
 * rate measured over its last generations on every replica (the stored sets), so that replicas agree within
 * {@code lottery.threshold-adjustment.refresh}. Reported as {@code required} beside {@code baseRequired} in each
 * result's thresholds, and as {@code threshold_adjustment_factor} and {@code threshold_adjustments_total}.
 */
@ApplicationScoped
public class ThresholdAdjustments {

    private static final Logger LOG = Logger.getLogger(ThresholdAdjustments.class);

    private final ThresholdAdjustmentConfig config;
    private final GenerationOutcomeRepository outcomes;
    private final MeterRegistry metrics;
    private final Map<String, AtomicReference<Measured>> byTier = new ConcurrentHashMap<>();

    private record Measured(double factor, long atNanos) {
    }

    ThresholdAdjustments(ThresholdAdjustmentConfig config, GenerationOutcomeRepository outcomes,
            MeterRegistry metrics) {
        this.config = config;
        this.outcomes = outcomes;
        this.metrics = metrics;
    }

    /** The factor of the tier's minimum thresholds now (1.0: none); a failed measurement adjusts nothing. */
    public Uni<Double> factorFor(String targetTier) {
        if (!config.enabled()) {
            return Uni.createFrom()
                    .item(1.0);
        }
        AtomicReference<Measured> held = byTier.computeIfAbsent(targetTier, tier -> register(tier));
        Measured known = held.get();
        if (known != null && System.nanoTime() - known.atNanos() < config.refresh()
                .toNanos()) {
            return Uni.createFrom()
                    .item(known.factor());
        }
        int steps = maximumSteps(config.factor(), config.floor());
        return outcomes.recentSuccesses(targetTier, Math.max(1, steps) * config.window())
                .map(recent -> factor(recent, config.window(), config.successRateBelow(), config.factor(), config
                        .floor()))
                .invoke(factor -> {
                    Measured before = held.getAndSet(new Measured(factor, System.nanoTime()));
                    double previous = before == null ? 1.0 : before.factor();
                    if (factor != previous) {
                        Counter.builder("threshold.adjustments")
                                .description("Changes of a tier's dynamic threshold factor seen by this replica")
                                .tags("tier", targetTier, "direction", factor < previous ? "lowered" : "raised")
                                .register(metrics)
                                .increment();
                        LOG.infof("Thresholds of %s now %.4f times their configured minimums (were %.4f)", targetTier,
                                factor, previous);
                    }
                })
                .onFailure()
                .recoverWithItem(failure -> {
                    LOG.warnf("Success rate of %s not measured, thresholds unadjusted: %s", targetTier, failure
                            .toString());
                    return known == null ? 1.0 : known.factor();
                });
    }

    private AtomicReference<Measured> register(String tier) {
        AtomicReference<Measured> held = new AtomicReference<>();
        Gauge.builder("threshold.adjustment.factor", held, reference -> {
            Measured measured = reference.get();
            return measured == null ? 1.0 : measured.factor();
        })
                .description("The factor of the tier's minimum thresholds (1: as configured), spec 9.2")
                .tag("tier", tier)
                .register(metrics);
        return held;
    }

    /** How many steps of {@code factor} stay at or above {@code floor}. */
    static int maximumSteps(double factor, double floor) {
        int steps = 0;
        double total = 1.0;
        while (total * factor >= floor - 1e-12) {
            total *= factor;
            steps++;
        }
        return steps;
    }

    /**
     * The rule: one step of {@code factor} for each whole window of {@code window} generations, from the newest, whose
     * success rate is below {@code below}, until a window reaches it; never below {@code floor}.
     *
     * @param recent whether each recent generation met every threshold, newest first
     */
    static double factor(List<Boolean> recent, int window, double below, double factor, double floor) {
        int steps = 0;
        for (int start = 0; start + window <= recent.size(); start += window) {
            long successes = recent.subList(start, start + window)
                    .stream()
                    .filter(Boolean.TRUE::equals)
                    .count();
            if ((double) successes / window >= below) {
                break;
            }
            steps++;
        }
        return Math.max(floor, Math.pow(factor, steps));
    }
}
