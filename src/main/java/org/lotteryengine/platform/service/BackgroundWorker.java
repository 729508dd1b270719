package org.lotteryengine.platform.service;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jboss.logging.Logger;

/**
 * One background search's thread: a daemon at the lowest priority that runs its step only while the engine pool is
 * idle and it holds the {@link BackgroundSlot}, and rests when the step found no work or failed.
 */
public final class BackgroundWorker {

    private static final Logger LOG = Logger.getLogger(BackgroundWorker.class);
    private static final long BUSY_REST_MS = 50;

    /** One piece of background work, run while the slot is held. */
    @FunctionalInterface
    public interface Step {

        /** @return false when there was no work to do */
        boolean run() throws Throwable;
    }

    private final String name;
    private final BackgroundSlot slot;
    private final Duration idleRest;
    private final Step step;
    private volatile boolean running;
    private ExecutorService thread;

    public BackgroundWorker(String name, BackgroundSlot slot, Duration idleRest, Step step) {
        this.name = name;
        this.slot = slot;
        this.idleRest = idleRest;
        this.step = step;
    }

    /** Whether the worker runs: a step in progress stops when this turns false. */
    public boolean running() {
        return running;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Executors.newSingleThreadExecutor(work -> {
            Thread worker = new Thread(work, name);
            worker.setDaemon(true);
            worker.setPriority(Thread.MIN_PRIORITY);
            return worker;
        });
        thread.execute(this::loop);
    }

    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.shutdownNow();
            thread = null;
        }
    }

    private void loop() {
        while (running) {
            try {
                if (!slot.idle() || !slot.tryTake()) {
                    Thread.sleep(BUSY_REST_MS);
                    continue;
                }
                boolean worked;
                try {
                    worked = step.run();
                } finally {
                    slot.giveBack();
                }
                if (!worked) {
                    Thread.sleep(idleRest.toMillis());
                }
            } catch (InterruptedException stopped) {
                Thread.currentThread()
                        .interrupt();
                return;
            } catch (Throwable failure) {
                LOG.warnf("the background search %s failed and rests: %s", name, failure.toString());
                try {
                    Thread.sleep(idleRest.toMillis());
                } catch (InterruptedException stopped) {
                    Thread.currentThread()
                            .interrupt();
                    return;
                }
            }
        }
    }
}
