package org.lotteryengine.support;

import java.time.Duration;
import java.util.function.Predicate;

/** Polls a probe every 100 ms until its answer is the one awaited, failing with the last answer after a patience. */
public final class Await {

    /** A probe that may throw: an HTTP call, a query. */
    @FunctionalInterface
    public interface Probe<T> {
        T get() throws Exception;
    }

    private Await() {
    }

    /**
     * @param what what is awaited, for the failure message
     * @return the first answer that satisfies {@code done}
     * @throws AssertionError when none did within {@code patience}; its message holds the last answer
     */
    public static <T> T until(Duration patience, Probe<T> probe, Predicate<T> done, String what) {
        long deadline = System.nanoTime() + patience.toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = probe.get();
            } catch (InterruptedException e) {
                Thread.currentThread()
                        .interrupt();
                throw new AssertionError("interrupted while awaiting " + what, e);
            } catch (Exception e) {
                throw new AssertionError("the probe failed while awaiting " + what, e);
            }
            if (done.test(last)) {
                return last;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread()
                        .interrupt();
                throw new AssertionError("interrupted while awaiting " + what, e);
            }
        }
        throw new AssertionError("no " + what + " within " + patience + "; last answer: " + last);
    }
}
