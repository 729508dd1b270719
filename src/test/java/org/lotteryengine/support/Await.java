package org.lotteryengine.support;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import org.awaitility.core.ConditionTimeoutException;

/** Polls a probe every 100 ms (Awaitility) until its answer is the one awaited, failing with the last answer. */
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
        AtomicReference<T> last = new AtomicReference<>();
        try {
            return await(what).atMost(patience)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> {
                        T answer = probe.get();
                        last.set(answer);
                        return answer;
                    }, done::test);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no " + what + " within " + patience + "; last answer: " + last.get(), e);
        }
    }
}
