package org.lotteryengine.generation.ops;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.lotteryengine.generation.service.GenerationMetrics;
import org.lotteryengine.platform.config.GenerationConfig;
import org.lotteryengine.platform.service.EngineExecutor;

import io.quarkus.runtime.ShutdownEvent;

/**
 * A replica asked to stop (SIGTERM from Kubernetes during a rollout, or Ctrl-C) first finishes the generations it
 * has started and stores their sets, for at most {@code lottery.generation.shutdown-grace}; it refuses new ones
 * meanwhile (503 RESOURCE_EXHAUSTION with Retry-After, so that clients go to another replica). Without this, a
 * rolling update would end every running generation as {@code interrupted}.
 */
@ApplicationScoped
public class GracefulShutdown {

    private static final Logger LOG = Logger.getLogger(GracefulShutdown.class);
    private static final long POLL_MS = 50;

    private final EngineExecutor engine;
    private final GenerationMetrics generations;
    private final GenerationConfig config;

    GracefulShutdown(EngineExecutor engine, GenerationMetrics generations, GenerationConfig config) {
        this.engine = engine;
        this.generations = generations;
        this.config = config;
    }

    void onShutdown(@Observes ShutdownEvent event) {
        engine.stopAccepting();
        int running = generations.active();
        if (running == 0) {
            return;
        }
        LOG.infof("Stopping: finishing %d running generations (at most %s)", running, config.shutdownGrace());
        // Shutdown observers run on the main thread, which may block; the generations end and are stored on the
        // engine pool and the event loops, which still run.
        long deadline = System.nanoTime() + config.shutdownGrace()
                .toNanos();
        try {
            while (generations.active() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(POLL_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread()
                    .interrupt();
        }
        int left = generations.active();
        if (left > 0) {
            LOG.warnf("Stopping with %d generations unfinished: they will be marked interrupted", left);
        } else {
            LOG.infof("All %d running generations finished and stored", running);
        }
    }
}
