package org.lotteryengine.ops;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lotteryengine.repository.entity.LotteryConfigurationEntity;
import org.lotteryengine.service.LotteryConfigurationService;
import org.lotteryengine.service.PatternAnalysisService;

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
     * @param failed the games whose refresh failed (see the log)
     */
    public record Report(List<String> refreshed, List<String> failed, long durationMs) {
    }

    private record Outcome(String game, boolean succeeded) {
    }

    private final LotteryConfigurationService configurations;
    private final PatternAnalysisService analyses;
    private final MaintenanceMetrics metrics;

    PatternRefreshJob(LotteryConfigurationService configurations, PatternAnalysisService analyses,
            MaintenanceMetrics metrics) {
        this.configurations = configurations;
        this.analyses = analyses;
        this.metrics = metrics;
    }

    @Scheduled(identity = "pattern-refresh", cron = "{lottery.pattern-grouping.update-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Refreshes every game. */
    public Uni<Report> run() {
        long started = System.nanoTime();
        return configurations.listAll()
                .onItem()
                .transformToMulti(games -> Multi.createFrom()
                        .iterable(games))
                .onItem()
                .transformToUniAndConcatenate(this::refresh)
                .collect()
                .asList()
                .map(outcomes -> report(outcomes, (System.nanoTime() - started) / 1_000_000))
                .invoke(report -> {
                    metrics.run(MaintenanceMetrics.PATTERN_REFRESH, report.failed()
                            .isEmpty());
                    metrics.refreshed(report.refreshed()
                            .size());
                    LOG.infof("Pattern refresh: %d games refreshed, %d failed %s (%d ms)", report.refreshed()
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

    private Uni<Outcome> refresh(LotteryConfigurationEntity game) {
        return analyses.refresh(game)
                .map(analysis -> new Outcome(game.id, true))
                .onFailure()
                .invoke(failure -> LOG.errorf(failure, "Refresh of %s failed", game.id))
                .onFailure()
                .recoverWithItem(new Outcome(game.id, false));
    }

    private static Report report(List<Outcome> outcomes, long durationMs) {
        List<String> refreshed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            (outcome.succeeded() ? refreshed : failed).add(outcome.game());
        }
        return new Report(refreshed, failed, durationMs);
    }
}
