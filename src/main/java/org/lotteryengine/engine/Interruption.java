package org.lotteryengine.engine;

/**
 * Lets long engine work stop early. Every loop that can run for more than a few milliseconds (an evaluation over
 * every draw, the moves of an attempt, a wheel's subsets) asks it at least every ~10 ms of work, so that a deadline or
 * a cancellation takes effect within that time rather than at the end of the work.
 */
@FunctionalInterface
public interface Interruption {

    /** Never stops the work. */
    Interruption NONE = () -> {
    };

    /**
     * Returns when the work may go on.
     *
     * @throws WorkStoppedException when it must stop now
     */
    void check();
}
