package org.lotteryengine.generation.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.engine.generation.Degradation;
import org.lotteryengine.platform.config.DegradationConfig;
import org.lotteryengine.platform.service.ProcessLoad;

import io.smallrye.mutiny.Uni;

/**
 * Chooses a generation's degradation level from measured load (spec 10.3) and turns it into the engine's
 * multipliers. The client's strategy is kept; fewer attempts, less time, relaxed thresholds and a ticket cap are what
 * change, and the response reports the level and the tickets asked for.
 * <ul>
 * <li>reduced_quality: quality thresholds &times; 0.9;</li>
 * <li>simplified_algo: half the attempts and time, thresholds &times; 0.9, at most 100 tickets;</li>
 * <li>basic_random: a quarter of the attempts and time, thresholds &times; 0.8, at most 50 tickets;</li>
 * <li>emergency: a tenth of the attempts and time, thresholds &times; 0.8, at most 20 tickets.</li>
 * </ul>
 */
@ApplicationScoped
public class DegradationPolicy {

    static final List<Degradation> LEVELS = List.of(Degradation.none(),
            new Degradation(1.0, 1.0, 0.9, 0, "reduced_quality"), new Degradation(0.5, 0.5, 0.9, 100,
                    "simplified_algo"),
            new Degradation(0.25, 0.25, 0.8, 50, "basic_random"), new Degradation(0.1, 0.1, 0.8, 20, "emergency"));

    private final DegradationConfig config;
    private final ThresholdAdjustments adjustments;

    DegradationPolicy(DegradationConfig config, ThresholdAdjustments adjustments) {
        this.config = config;
        this.adjustments = adjustments;
    }

    /**
     * The level for a new generation of the tier, given the generations running or queued here, with spec 9.2's
     * dynamic threshold factor from the tier's measured success rate.
     */
    public Uni<Degradation> current(int activeSessions, String targetTier) {
        Degradation level = current(activeSessions);
        return adjustments.factorFor(targetTier)
                .map(level::withThresholdFactor);
    }

    /** The level for a new generation, given the generations running or queued here. */
    public Degradation current(int activeSessions) {
        if (!config.enabled()) {
            return Degradation.none();
        }
        // Heap after the last collection, as the capacity check reads it: the heap in use now counts garbage not yet
        // collected, so a healthy JVM between collections read as 85% full and degraded generations for nothing.
        return LEVELS.get(level(ProcessLoad.cpuPercent()
                .orElse(0), ProcessLoad.heapAfterCollectionPercent(), activeSessions));
    }

    /** 0 (normal) to 4 (emergency): the highest level any measure reaches. */
    int level(double cpuPercent, double memoryPercent, int activeSessions) {
        int level = Math.max(reached(cpuPercent, config.cpuPercent()), reached(memoryPercent, config
                .memoryPercent()));
        return Math.max(level, reached(activeSessions, config.activeSessions()));
    }

    private static int reached(double value, List<Integer> thresholds) {
        int level = 0;
        for (int i = 0; i < thresholds.size(); i++) {
            if (value > thresholds.get(i)) {
                level = i + 1;
            }
        }
        return level;
    }
}
