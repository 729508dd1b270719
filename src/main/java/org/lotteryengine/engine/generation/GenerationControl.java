package org.lotteryengine.engine.generation;

import java.util.function.LongSupplier;

import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.WorkStoppedException;

/**
 * Lets another thread stop a running generation or give it more time. The engine asks it between attempts and every
 * few moves within one, so a cancellation takes effect within milliseconds.
 */
public final class GenerationControl {

    private volatile boolean cancelled;
    private volatile boolean abandoned;
    private volatile long extraMs;

    /** Asks the generation to stop improving now and return its best set (stoppingReason user_override). */
    public void cancel() {
        cancelled = true;
    }

    /**
     * Asks the generation to stop at once without a result: nobody will read it (its session was deleted). It stops
     * even in the middle of the final evaluation, or before it starts when it is still queued.
     */
    public void abandon() {
        abandoned = true;
        cancelled = true;
    }

    /** Adds time to the generation's limit; the engine caps the total at the configured maximum. */
    public void extend(long milliseconds) {
        if (milliseconds > 0) {
            extraMs += milliseconds;
        }
    }

    /**
     * Stops work that cannot hand back part of a result, such as a bonus game's exact evaluations: on a cancellation
     * or an abandonment, and once {@code limitMs} (plus any extension) has passed since {@code startedNanos}.
     */
    public Interruption interruption(LongSupplier nanoClock, long startedNanos, long limitMs) {
        return () -> {
            if (cancelled) {
                throw new WorkStoppedException(WorkStoppedException.Reason.ABANDONED);
            }
            if (nanoClock.getAsLong() - startedNanos > (limitMs + extraMs) * 1_000_000L) {
                throw new WorkStoppedException(WorkStoppedException.Reason.DEADLINE);
            }
        };
    }

    boolean cancelled() {
        return cancelled;
    }

    /** Whether the result is no longer wanted. */
    public boolean abandoned() {
        return abandoned;
    }

    long extraMs() {
        return extraMs;
    }
}
