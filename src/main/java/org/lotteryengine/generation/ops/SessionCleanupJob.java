package org.lotteryengine.generation.ops;

import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lotteryengine.platform.config.MaintenanceConfig;
import org.lotteryengine.platform.ops.MaintenanceMetrics;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Removes sessions older than {@code lottery.maintenance.session-retention} (spec 13.4, 7 days by default) with
 * their ticket sets, tickets and performance rows, on schedule and through the admin endpoint. Sessions still active
 * are left to the recovery sweep, which marks them interrupted first.
 */
@ApplicationScoped
public class SessionCleanupJob {

    private static final Logger LOG = Logger.getLogger(SessionCleanupJob.class);

    /**
     * One batch, one statement and so one transaction: the oldest sessions past the cutoff, locked so that a replica
     * cleaning at the same time skips them, counted, then deleted (their rows in the other tables go with them, ON
     * DELETE CASCADE). The counts read the snapshot from before the delete.
     */
    private static final String DELETE_BATCH = """
            WITH doomed AS (
                SELECT id FROM user_sessions
                WHERE created_at < $1 AND status <> 'active'
                ORDER BY created_at
                LIMIT $2
                FOR UPDATE SKIP LOCKED),
            sets AS (SELECT s.id FROM generated_ticket_sets s JOIN doomed d ON s.session_id = d.id),
            deleted AS (DELETE FROM user_sessions u USING doomed d WHERE u.id = d.id RETURNING u.id)
            SELECT (SELECT count(*) FROM deleted),
                   (SELECT count(*) FROM sets),
                   (SELECT count(*) FROM lottery_tickets t JOIN sets ON t.ticket_set_id = sets.id)""";

    /**
     * What one cleanup removed.
     *
     * @param cutoff sessions created before this instant were removed
     * @param batches transactions it took
     */
    public record Report(Instant cutoff, long sessions, long ticketSets, long tickets, int batches, long durationMs) {

        Report plus(long batchSessions, long batchSets, long batchTickets) {
            return new Report(cutoff, sessions + batchSessions, ticketSets + batchSets, tickets + batchTickets,
                    batches + 1, durationMs);
        }

        Report took(long ms) {
            return new Report(cutoff, sessions, ticketSets, tickets, batches, ms);
        }
    }

    private final Pool pool;
    private final MaintenanceConfig config;
    private final MaintenanceMetrics metrics;

    SessionCleanupJob(Pool pool, MaintenanceConfig config, MaintenanceMetrics metrics) {
        this.pool = pool;
        this.config = config;
        this.metrics = metrics;
    }

    @Scheduled(identity = "session-cleanup", cron = "{lottery.maintenance.session-cleanup-cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /** Removes every session past the retention, batch by batch. */
    public Uni<Report> run() {
        long started = System.nanoTime();
        Instant cutoff = Instant.now()
                .minus(config.sessionRetention());
        return batches(new Report(cutoff, 0, 0, 0, 0, 0))
                .map(report -> report.took((System.nanoTime() - started) / 1_000_000))
                .invoke(report -> {
                    metrics.run(MaintenanceMetrics.SESSION_CLEANUP, true);
                    metrics.deleted(report.sessions(), report.tickets());
                    LOG.infof(
                            "Session cleanup: %d sessions, %d ticket sets, %d tickets created before %s removed in %d batches (%d ms)",
                            report.sessions(), report.ticketSets(), report.tickets(), cutoff, report.batches(),
                            report.durationMs());
                })
                .onFailure()
                .invoke(failure -> {
                    metrics.run(MaintenanceMetrics.SESSION_CLEANUP, false);
                    LOG.errorf("Session cleanup failed: %s", failure.toString());
                });
    }

    private Uni<Report> batches(Report sofar) {
        return pool.preparedQuery(DELETE_BATCH)
                .execute(Tuple.of(sofar.cutoff()
                        .atOffset(ZoneOffset.UTC), config.cleanupBatchSize()))
                .onItem()
                .transformToUni(rows -> {
                    Row row = rows.iterator()
                            .next();
                    long sessions = row.getLong(0);
                    if (sessions == 0) {
                        return Uni.createFrom()
                                .item(sofar);
                    }
                    Report next = sofar.plus(sessions, row.getLong(1), row.getLong(2));
                    return sessions < config.cleanupBatchSize() ? Uni.createFrom()
                            .item(next) : batches(next);
                });
    }
}
