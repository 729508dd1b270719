package org.lotteryengine.health;

import java.util.ArrayList;
import java.util.List;

import org.lotteryengine.config.HealthConfig;

/**
 * Whether a replica can take new generations (spec 13.4 check_generation_capacity): each measure against its
 * configured threshold, and the engine's queue not full.
 *
 * @param activeSessions generations running or queued here
 * @param queued tasks waiting for an engine thread
 * @param queueCapacity tasks the engine's queue holds at most
 * @param cpuPercent process CPU load, percent of all cores
 * @param memoryPercent heap in use after the last collection, percent of the maximum
 */
public record CapacityAssessment(int activeSessions, int queued, int queueCapacity, double cpuPercent,
        double memoryPercent) {

    /** Why the replica cannot take more, one phrase per exceeded threshold; empty when it can. */
    public List<String> refusals(HealthConfig.Capacity limits) {
        List<String> reasons = new ArrayList<>();
        if (activeSessions >= limits.activeSessions()) {
            reasons.add("active sessions " + activeSessions + " >= " + limits.activeSessions());
        }
        if (queueCapacity > 0 && queued >= queueCapacity) {
            reasons.add("engine queue full (" + queued + ")");
        }
        if (cpuPercent >= limits.cpuPercent()) {
            reasons.add(String.format(java.util.Locale.ROOT, "CPU %.1f%% >= %d%%", cpuPercent, limits.cpuPercent()));
        }
        if (memoryPercent >= limits.memoryPercent()) {
            reasons.add(String.format(java.util.Locale.ROOT, "heap %.1f%% >= %d%%", memoryPercent, limits
                    .memoryPercent()));
        }
        return reasons;
    }
}
