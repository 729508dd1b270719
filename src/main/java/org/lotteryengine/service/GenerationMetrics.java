package org.lotteryengine.service;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The generation metrics of spec 11.2, as Prometheus sees them: {@code generation_duration_seconds} (a histogram),
 * {@code generation_total} and {@code generation_success_total} by tier, strategy and status, and the
 * {@code generation_active_sessions} gauge.
 */
@ApplicationScoped
public class GenerationMetrics {

    private final MeterRegistry registry;
    private final AtomicInteger active = new AtomicInteger();

    GenerationMetrics(MeterRegistry registry) {
        this.registry = registry;
        registry.gauge("generation.active.sessions", active);
    }

    public void started() {
        active.incrementAndGet();
    }

    /** One generation ended with the status of its set ({@code failed} when it produced none). */
    public void ended(String tier, String strategy, String status, Duration duration) {
        active.decrementAndGet();
        Timer.builder("generation.duration")
                .description("Engine time of a generation, request to stop")
                .tags("tier", tier, "strategy", strategy, "status", status)
                .publishPercentileHistogram()
                .register(registry)
                .record(duration);
        Counter.builder("generation")
                .description("Generations ended, by tier, strategy and status")
                .tags("tier", tier, "strategy", strategy, "status", status)
                .register(registry)
                .increment();
        if (status.equals("success") || status.equals("partial")) {
            Counter.builder("generation.success")
                    .description("Generations whose set meets the request (success or partial)")
                    .tags("tier", tier, "strategy", strategy, "status", status)
                    .register(registry)
                    .increment();
        }
    }

    public int active() {
        return active.get();
    }
}
