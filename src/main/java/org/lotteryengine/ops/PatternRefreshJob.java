package org.lotteryengine.ops;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lotteryengine.service.LotteryConfigurationService;
import org.lotteryengine.service.PatternAnalysisService;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Recomputes every game's pattern analysis on schedule ({@code lottery.pattern-grouping.update-cron}, daily by
 * default), one game after another, so that the tables of spec 5.2 and the cache never outlive their draws.
 */
@ApplicationScoped
public class PatternRefreshJob {

    private static final Logger LOG = Logger.getLogger(PatternRefreshJob.class);

    private final LotteryConfigurationService configurations;
    private final PatternAnalysisService analyses;

    PatternRefreshJob(LotteryConfigurationService configurations, PatternAnalysisService analyses) {
        this.configurations = configurations;
        this.analyses = analyses;
    }

    @Scheduled(identity = "pattern-refresh", cron = "{lottery.pattern-grouping.update-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> refreshAll() {
        return configurations.listAll()
                .onItem()
                .transformToMulti(games -> Multi.createFrom()
                        .iterable(games))
                .onItem()
                .transformToUniAndConcatenate(game -> analyses.refresh(game)
                        .onFailure()
                        .invoke(failure -> LOG.errorf(failure, "Scheduled refresh of %s failed", game.id))
                        .onFailure()
                        .recoverWithNull())
                .collect()
                .asList()
                .invoke(results -> LOG.infof("Scheduled pattern refresh: %d games", results.size()))
                .replaceWithVoid();
    }
}
