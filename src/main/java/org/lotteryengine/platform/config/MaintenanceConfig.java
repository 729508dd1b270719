package org.lotteryengine.platform.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Maintenance of spec 13.4: old sessions removed on schedule. (The pattern refresh keeps its schedule in
 * {@code lottery.pattern-grouping.update-cron}.)
 */
@ConfigMapping(prefix = "lottery.maintenance")
public interface MaintenanceConfig {

    /** Sessions created longer ago than this are deleted with everything they hold (spec: 7 days). */
    @WithDefault("P7D")
    Duration sessionRetention();

    /** Sessions deleted per transaction: a large backlog is removed in many short transactions, not one long one. */
    @WithDefault("500")
    int cleanupBatchSize();

    /** When the session cleanup runs (Quarkus cron, seconds first): daily at 03:30 by default. */
    @WithDefault("0 30 3 * * ?")
    String sessionCleanupCron();

    /**
     * The scheduled pattern refresh leaves a game whose stored analysis is younger than this: another replica's run
     * of the same schedule, or an import, made it. The admin endpoint refreshes every game unless asked for stale
     * ones only.
     */
    @WithDefault("PT1H")
    Duration patternRefreshMinimumAge();
}
