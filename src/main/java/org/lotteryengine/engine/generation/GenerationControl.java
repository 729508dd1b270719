package org.lotteryengine.engine.generation;

/**
 * Lets another thread stop a running generation or give it more time; the engine looks between attempts.
 */
public final class GenerationControl {

    private volatile boolean cancelled;
    private volatile long extraMs;

    /** Asks the generation to stop after the current attempt (stoppingReason user_override). */
    public void cancel() {
        cancelled = true;
    }

    /** Adds time to the generation's limit; the engine caps the total at the configured maximum. */
    public void extend(long milliseconds) {
        if (milliseconds > 0) {
            extraMs += milliseconds;
        }
    }

    boolean cancelled() {
        return cancelled;
    }

    long extraMs() {
        return extraMs;
    }
}
