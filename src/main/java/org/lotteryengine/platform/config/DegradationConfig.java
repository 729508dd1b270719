package org.lotteryengine.platform.config;

import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Graceful degradation (spec 10.3): the level a generation runs at, from measured load. Levels in order: normal,
 * reduced_quality, simplified_algo, basic_random, emergency. Each list gives, for every level from reduced_quality
 * up, the load at which it starts.
 */
@ConfigMapping(prefix = "lottery.degradation")
public interface DegradationConfig {

    /** Off: every generation runs at normal. */
    @WithDefault("true")
    boolean enabled();

    /** Process CPU load in percent (0 to 100 over all cores) at which reduced_quality .. emergency start. */
    @WithDefault("60,70,80,90")
    List<Integer> cpuPercent();

    /** Heap still used after the last collection, as a percent of the maximum heap, for the same four levels. */
    @WithDefault("55,65,75,85")
    List<Integer> memoryPercent();

    /** Generations running or queued on this replica, for reduced_quality .. basic_random (spec: 500, 700, 900). */
    @WithDefault("500,700,900")
    List<Integer> activeSessions();
}
