package org.lotteryengine.platform.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Saturation of the engine's bounded lanes, for the EngineSaturated alert of monitoring/alert_rules.yml:
 * {@code engine_active_threads}, {@code engine_queued_tasks}, {@code engine_queue_capacity} and
 * {@code engine_queue_wait_seconds}, each by {@code lane} (generation, short).
 */
@ApplicationScoped
public class EngineMetrics {

    private final EngineExecutor executor;
    private final MeterRegistry registry;

    EngineMetrics(EngineExecutor executor, MeterRegistry registry) {
        this.executor = executor;
        this.registry = registry;
    }

    void register(@Observes StartupEvent start) {
        for (EngineExecutor.Lane lane : EngineExecutor.Lane.values()) {
            Gauge.builder("engine.active.threads", executor, engine -> engine.active(lane))
                    .description("Engine threads running a task")
                    .tag("lane", lane.tag())
                    .register(registry);
            Gauge.builder("engine.queued.tasks", executor, engine -> engine.queued(lane))
                    .description("Engine tasks waiting for a thread")
                    .tag("lane", lane.tag())
                    .register(registry);
            Gauge.builder("engine.queue.capacity", executor, engine -> engine.queueCapacity(lane))
                    .description("Most engine tasks that may wait; beyond it requests get 503")
                    .tag("lane", lane.tag())
                    .register(registry);
            Gauge.builder("engine.queue.wait.seconds", executor, engine -> engine.oldestWait(lane)
                    .toNanos() / 1e9)
                    .description("How long the oldest task waiting for an engine thread has waited")
                    .tag("lane", lane.tag())
                    .register(registry);
        }
    }
}
