package org.lotteryengine.platform.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Thresholds of the health checks of spec 13.4. The spec's figures are the defaults, except where noted.
 */
@ConfigMapping(prefix = "lottery.health")
public interface HealthConfig {

    /** How long any one check may wait for PostgreSQL or Redis before it reports DOWN. */
    @WithDefault("PT2S")
    Duration checkTimeout();

    /**
     * The slowest acceptable round trip of the PostgreSQL check's query. The spec says 100 ms; 500 ms is the default
     * because a readiness probe that fails on one slow query under load takes a busy replica out of rotation.
     */
    @WithDefault("PT0.5S")
    Duration databaseMaxQueryTime();

    /**
     * Pattern data older than this is stale: the pattern-data check (wellness) reports DOWN. The refresh job runs
     * daily, so the default allows one missed run.
     */
    @WithDefault("P2D")
    Duration patternDataMaxAge();

    /** When the readiness check refuses new generations. */
    Capacity capacity();

    interface Capacity {

        /** Generations running or queued on this replica at which it stops taking new ones (spec: 900). */
        @WithDefault("900")
        int activeSessions();

        /**
         * How long the oldest task waiting for an engine thread (either lane) may have waited. Process CPU is not a
         * readiness measure: a busy replica reads 86-99% whether or not it can take more, and every busy replica
         * would leave the Service together. It stays a metric (process_cpu_usage) and an alert.
         */
        @WithDefault("PT5S")
        Duration maxQueueWait();

        /** Heap still in use after the last garbage collection, percent of the maximum heap (spec: 80). */
        @WithDefault("80")
        int memoryPercent();
    }
}
