package org.lotteryengine.health;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.lotteryengine.config.HealthConfig;
import org.lotteryengine.service.EngineExecutor;
import org.lotteryengine.service.GenerationMetrics;
import org.lotteryengine.service.ProcessLoad;

/**
 * Whether this replica can take new generations (spec 13.4): generations running or queued, the engine's queue, CPU
 * and heap against {@code lottery.health.capacity.*}. DOWN sends new traffic to other replicas; running generations
 * go on.
 */
@Readiness
@ApplicationScoped
public class GenerationCapacityCheck implements HealthCheck {

    static final String NAME = "generation-capacity";

    private final GenerationMetrics generations;
    private final EngineExecutor engine;
    private final HealthConfig config;

    GenerationCapacityCheck(GenerationMetrics generations, EngineExecutor engine, HealthConfig config) {
        this.generations = generations;
        this.engine = engine;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        CapacityAssessment load = new CapacityAssessment(generations.active(), engine.queued(), engine
                .queueCapacity(), ProcessLoad.cpuPercent(), ProcessLoad.heapAfterCollectionPercent());
        List<String> refusals = load.refusals(config.capacity());
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .status(refusals.isEmpty())
                .withData("active_sessions", load.activeSessions())
                .withData("max_active_sessions", config.capacity()
                        .activeSessions())
                .withData("engine_queued", load.queued())
                .withData("engine_queue_capacity", load.queueCapacity())
                .withData("cpu_percent", String.format(Locale.ROOT, "%.1f", load.cpuPercent()))
                .withData("memory_percent", String.format(Locale.ROOT, "%.1f", load.memoryPercent()))
                .withData("capacity_available", refusals.isEmpty());
        if (!refusals.isEmpty()) {
            response.withData("reason", String.join("; ", refusals));
        }
        return response.build();
    }
}
