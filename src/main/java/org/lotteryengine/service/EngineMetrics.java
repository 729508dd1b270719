package org.lotteryengine.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Saturation of the engine's bounded pool, for the EngineSaturated alert of monitoring/alert_rules.yml:
 * {@code engine_active_threads}, {@code engine_queued_tasks} and {@code engine_queue_capacity}.
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
        Gauge.builder("engine.active.threads", executor, EngineExecutor::active)
                .description("Engine threads running a task")
                .register(registry);
        Gauge.builder("engine.queued.tasks", executor, EngineExecutor::queued)
                .description("Engine tasks waiting for a thread")
                .register(registry);
        Gauge.builder("engine.queue.capacity", executor, EngineExecutor::queueCapacity)
                .description("Most engine tasks that may wait; beyond it requests get 503")
                .register(registry);
    }
}
