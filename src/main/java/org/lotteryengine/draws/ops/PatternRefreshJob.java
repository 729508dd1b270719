package org.lotteryengine.draws.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lotteryengine.draws.service.PatternAnalysisService;
import org.lotteryengine.lotteries.service.Lottery;
import org.lotteryengine.lotteries.service.LotteryConfigurationService;
import org.lotteryengine.platform.config.MaintenanceConfig;
import org.lotteryengine.platform.ops.MaintenanceMetrics;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Recomputes every game's pattern analysis on schedule ({@code lottery.pattern-grouping.update-cron}, daily by
 * default) and through the admin endpoint, one game after another, so that the tables of spec 5.2 and the cache never
 * outlive their draws. A game that fails is reported and does not stop the others.
 */
@ApplicationScoped
public class PatternRefreshJob {

    private static final Logger LOG = Logger.getLogger(PatternRefreshJob.class);

    /**
     * What one refresh did.
     *
     * @param refreshed the games whose analysis was recomputed and stored
     * @param skipped the games left as they were: their analysis was younger than the minimum age asked for
     * @param failed the games whose refresh failed (see the log)
     */
    public record Report(List<String> refreshed, List<String> skipped, List<String> failed, long durationMs) {
    }

    private enum Result {
        REFRESHED,
        SKIPPED,
        FAILED
    }

    private record Outcome(String game, Result result) {
    }

    private final LotteryConfigurationService configurations;
    private final PatternAnalysisService analyses;
    private final MaintenanceMetrics metrics;
    private final MaintenanceConfig config;

    PatternRefreshJob(LotteryConfigurationService configurations, PatternAnalysisService analyses,
            MaintenanceMetrics metrics, MaintenanceConfig config) {
        this.configurations = configurations;
        this.analyses = analyses;
        this.metrics = metrics;
        this.config = config;
    }

    @Scheduled(identity = "pattern-refresh", cron = "{lottery.pattern-grouping.update-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        // Every replica runs the schedule: the first to reach a game refreshes it, the others find it fresh.
        return runStaleOnly().onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Refreshes every k-of-n game. */
    public Uni<Report> run() {
        return run(Duration.ZERO);
    }

    /** Refreshes the games whose analysis is older than {@code lottery.maintenance.pattern-refresh-minimum-age}. */
    public Uni<Report> runStaleOnly() {
        return run(config.patternRefreshMinimumAge());
    }

    private Uni<Report> run(Duration minimumAge) {
        long started = System.nanoTime();
        return configurations.listAll()
                .onItem()
                // Pattern analysis works on k-of-n games only so far: a bonus game has none to refresh.
                .transformToMulti(games -> Multi.createFrom()
                        .iterable(games.stream()
                                .filter(game -> !game.hasBonus())
                                .toList()))
                .onItem()
                .transformToUniAndConcatenate(game -> refresh(game, minimumAge))
                .collect()
                .asList()
                .map(outcomes -> report(outcomes, (System.nanoTime() - started) / 1_000_000))
                .invoke(report -> {
                    metrics.run(MaintenanceMetrics.PATTERN_REFRESH, report.failed()
                            .isEmpty());
                    metrics.refreshed(report.refreshed()
                            .size());
                    LOG.infof("Pattern refresh: %d games refreshed, %d fresh enough, %d failed %s (%d ms)", report
                            .refreshed()
                            .size(),
                            report.skipped()
                                    .size(),
                            report.failed()
                                    .size(),
                            report.failed(), report.durationMs());
                })
                .onFailure()
                .invoke(failure -> {
                    metrics.run(MaintenanceMetrics.PATTERN_REFRESH, false);
                    LOG.errorf("Pattern refresh failed: %s", failure.toString());
                });
    }

    private Uni<Outcome> refresh(Lottery game, Duration minimumAge) {
        return analyses.refreshOlderThan(game, minimumAge)
                .map(analysis -> new Outcome(game.id(), analysis != null ? Result.REFRESHED : Result.SKIPPED))
                .onFailure()
                .invoke(failure -> LOG.errorf(failure, "Refresh of %s failed", game.id()))
                .onFailure()
                .recoverWithItem(new Outcome(game.id(), Result.FAILED));
    }

    private static Report report(List<Outcome> outcomes, long durationMs) {
        List<String> refreshed = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            (switch (outcome.result()) {
                case REFRESHED -> refreshed;
                case SKIPPED -> skipped;
                case FAILED -> failed;
            }).add(outcome.game());
        }
        return new Report(refreshed, skipped, failed, durationMs);
    }
}
