package org.lotteryengine.generation.service;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.engine.generation.GenerationStatus;
import org.lotteryengine.engine.generation.Strategy;
import org.lotteryengine.platform.codes.Codes;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The generation metrics of spec 11.2, as Prometheus sees them: {@code generation_duration_seconds} (a histogram),
 * {@code generation_total} and {@code generation_success_total} by tier, strategy and status, the
 * {@code generation_attempts} and {@code generation_quality} histograms (the spec's generation.attempts and
 * generation.quality) by tier and strategy, and the {@code generation_active_sessions} gauge.
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

    /**
     * One generation ended with the status of its set ({@code failed} when it produced none).
     *
     * @param attempts the attempts it made, or -1 when it produced no set
     * @param quality the optimisation score of its set (0 to 1), or -1 when it produced no set
     */
    public void ended(String tier, Strategy strategy, GenerationStatus generationStatus, Duration duration,
            int attempts, double quality) {
        String strategyName = Codes.of(strategy);
        String status = Codes.of(generationStatus);
        active.decrementAndGet();
        if (attempts >= 0) {
            DistributionSummary.builder("generation.attempts")
                    .description("Attempts a generation made before it stopped")
                    .tags("tier", tier, "strategy", strategyName)
                    .serviceLevelObjectives(1, 2, 5, 10, 20, 30, 50, 100, 200, 300, 500, 1000)
                    .register(registry)
                    .record(attempts);
        }
        if (quality >= 0) {
            DistributionSummary.builder("generation.quality")
                    .description("Optimisation score (0 to 1) of the set a generation returned")
                    .tags("tier", tier, "strategy", strategyName)
                    .serviceLevelObjectives(0.1, 0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9,
                            0.95, 1.0)
                    .register(registry)
                    .record(quality);
        }
        Timer.builder("generation.duration")
                .description("Engine time of a generation, request to stop")
                .tags("tier", tier, "strategy", strategyName, "status", status)
                .publishPercentileHistogram()
                .register(registry)
                .record(duration);
        Counter.builder("generation")
                .description("Generations ended, by tier, strategy and status")
                .tags("tier", tier, "strategy", strategyName, "status", status)
                .register(registry)
                .increment();
        if (generationStatus.met()) {
            Counter.builder("generation.success")
                    .description("Generations whose set meets the request (success or partial)")
                    .tags("tier", tier, "strategy", strategyName, "status", status)
                    .register(registry)
                    .increment();
        }
    }

    public int active() {
        return active.get();
    }
}
