package org.lotteryengine.platform.ops;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What maintenance did, for Prometheus: {@code maintenance_runs_total} by task and outcome (not "job", which Prometheus sets
 * itself),
 * {@code maintenance_sessions_deleted_total}, {@code maintenance_tickets_deleted_total} and
 * {@code maintenance_patterns_refreshed_total}.
 */
@ApplicationScoped
public class MaintenanceMetrics {

    public static final String SESSION_CLEANUP = "session-cleanup";
    public static final String PATTERN_REFRESH = "pattern-refresh";

    private final MeterRegistry registry;

    MaintenanceMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void run(String job, boolean succeeded) {
        Counter.builder("maintenance.runs")
                .description("Maintenance runs, by job and outcome")
                .tags("task", job, "outcome", succeeded ? "success" : "failure")
                .register(registry)
                .increment();
    }

    public void deleted(long sessions, long tickets) {
        Counter.builder("maintenance.sessions.deleted")
                .description("Sessions removed by the cleanup, with everything they held")
                .register(registry)
                .increment(sessions);
        Counter.builder("maintenance.tickets.deleted")
                .description("Tickets removed with their sessions by the cleanup")
                .register(registry)
                .increment(tickets);
    }

    public void refreshed(long games) {
        Counter.builder("maintenance.patterns.refreshed")
                .description("Games whose pattern analysis the scheduled or admin refresh recomputed")
                .register(registry)
                .increment(games);
    }
}
