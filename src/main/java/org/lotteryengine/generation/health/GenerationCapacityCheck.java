package org.lotteryengine.generation.health;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.lotteryengine.generation.service.GenerationMetrics;
import org.lotteryengine.platform.config.HealthConfig;
import org.lotteryengine.platform.service.EngineExecutor;
import org.lotteryengine.platform.service.ProcessLoad;

/**
 * Whether this replica can take new work (spec 13.4): generations running or queued, how full the engine's queues are
 * and how long their oldest task has waited, and the heap, against {@code lottery.health.capacity.*}. DOWN sends new
 * traffic to other replicas; running generations go on. Process CPU is reported, never decided on.
 */
@Readiness
@ApplicationScoped
public class GenerationCapacityCheck implements HealthCheck {

    public static final String NAME = "generation-capacity";

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
        EngineExecutor.Lane fuller = EngineExecutor.Lane.GENERATION;
        for (EngineExecutor.Lane lane : EngineExecutor.Lane.values()) {
            if (share(lane) > share(fuller)) {
                fuller = lane;
            }
        }
        Duration oldestWait = Duration.ZERO;
        for (EngineExecutor.Lane lane : EngineExecutor.Lane.values()) {
            Duration waited = engine.oldestWait(lane);
            if (waited.compareTo(oldestWait) > 0) {
                oldestWait = waited;
            }
        }
        CapacityAssessment load = new CapacityAssessment(generations.active(), engine.queued(fuller), engine
                .queueCapacity(fuller), oldestWait, ProcessLoad.heapAfterCollectionPercent());
        List<String> refusals = load.refusals(config.capacity());
        OptionalDouble cpu = ProcessLoad.cpuPercent();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                .status(refusals.isEmpty())
                .withData("active_sessions", load.activeSessions())
                .withData("max_active_sessions", config.capacity()
                        .activeSessions())
                .withData("engine_queued", load.queued())
                .withData("engine_queue_capacity", load.queueCapacity())
                .withData("engine_oldest_wait_ms", load.oldestWait()
                        .toMillis())
                .withData("max_queue_wait_ms", config.capacity()
                        .maxQueueWait()
                        .toMillis())
                .withData("memory_percent", String.format(Locale.ROOT, "%.1f", load.memoryPercent()))
                // Reported, never decided on: see HealthConfig.Capacity#maxQueueWait.
                .withData("cpu_percent", cpu.isPresent() ? String.format(Locale.ROOT, "%.1f", cpu.getAsDouble())
                        : "unknown")
                .withData("capacity_available", refusals.isEmpty());
        if (!refusals.isEmpty()) {
            response.withData("reason", String.join("; ", refusals));
        }
        return response.build();
    }

    private double share(EngineExecutor.Lane lane) {
        int capacity = engine.queueCapacity(lane);
        return capacity <= 0 ? 0 : (double) engine.queued(lane) / capacity;
    }
}
