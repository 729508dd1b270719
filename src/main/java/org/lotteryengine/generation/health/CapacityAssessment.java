package org.lotteryengine.generation.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.lotteryengine.platform.config.HealthConfig;

/**
 * Whether a replica can take new work (spec 13.4 check_generation_capacity): generations it holds, how full the
 * engine's queues are and how long their oldest task has waited, and the heap after the last collection, each against
 * its configured threshold. Instantaneous process CPU is deliberately not among them (see
 * {@link HealthConfig.Capacity#maxQueueWait()}).
 *
 * @param activeSessions generations running or queued here
 * @param queued tasks waiting for an engine thread, in the fuller lane
 * @param queueCapacity tasks that lane's queue holds at most
 * @param oldestWait how long the oldest task waiting in either lane has waited
 * @param memoryPercent heap in use after the last collection, percent of the maximum
 */
public record CapacityAssessment(int activeSessions, int queued, int queueCapacity, Duration oldestWait,
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
        if (oldestWait.compareTo(limits.maxQueueWait()) >= 0) {
            reasons.add("oldest queued task waited " + oldestWait.toMillis() + " ms >= " + limits.maxQueueWait()
                    .toMillis() + " ms");
        }
        if (memoryPercent >= limits.memoryPercent()) {
            reasons.add(String.format(java.util.Locale.ROOT, "heap %.1f%% >= %d%%", memoryPercent, limits
                    .memoryPercent()));
        }
        return reasons;
    }
}
