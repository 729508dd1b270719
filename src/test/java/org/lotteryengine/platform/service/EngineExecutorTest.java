package org.lotteryengine.platform.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.lotteryengine.platform.error.EngineBusyException;

/**
 * The engine pool runs work on its own named threads and refuses work beyond its threads and queue at once.
 */
class EngineExecutorTest {

    @Test
    void runsOnNamedThreadsAndRefusesBeyondCapacity() throws InterruptedException {
        EngineExecutor executor = new EngineExecutor(1, 1);
        try {
            assertThat(executor.submit(() -> Thread.currentThread()
                    .getName())
                    .await()
                    .atMost(java.time.Duration.ofSeconds(5))).isEqualTo("lottery-engine-1");

            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch started = new CountDownLatch(1);
            // One task holds the only thread, a second waits in the queue of one: the third is refused.
            executor.submit(() -> {
                started.countDown();
                await(release);
                return 1;
            })
                    .subscribe()
                    .with(ignored -> {
                    });
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            executor.submit(() -> 2)
                    .subscribe()
                    .with(ignored -> {
                    });
            assertThatThrownBy(() -> executor.submit(() -> 3)
                    .await()
                    .atMost(java.time.Duration.ofSeconds(5)))
                    .isInstanceOf(EngineBusyException.class)
                    .satisfies(failure -> {
                        EngineBusyException busy = (EngineBusyException) failure;
                        assertThat(busy.retryAfterSeconds()).isEqualTo(1);
                        assertThat(busy.details()).containsAllEntriesOf(Map.of("running", 1, "queued", 1));
                    });
            release.countDown();
        } finally {
            executor.shutdown();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread()
                    .interrupt();
        }
    }
}
