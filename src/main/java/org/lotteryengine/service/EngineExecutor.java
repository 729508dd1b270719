package org.lotteryengine.service;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lotteryengine.config.GenerationConfig;
import org.lotteryengine.error.EngineBusyException;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The one bounded pool that runs engine work (evaluation, generation), never on the event loop. Its threads are named
 * {@code lottery-engine-N}; it holds {@code lottery.generation.worker-threads} threads (0: one per processor) and a
 * queue of {@code lottery.generation.max-concurrent-sessions}. Work beyond that is refused at once with
 * {@link EngineBusyException} (503 and Retry-After), rather than queued without bound.
 */
@ApplicationScoped
public class EngineExecutor {

    /** Seconds a refused client is asked to wait: about one typical generation. */
    static final int RETRY_AFTER_SECONDS = 1;

    private final ThreadPoolExecutor pool;

    @Inject
    EngineExecutor(GenerationConfig config) {
        this(config.workerThreads() > 0 ? config.workerThreads()
                : Runtime.getRuntime()
                        .availableProcessors(),
                config.maxConcurrentSessions());
    }

    /** A pool of {@code threads} threads and a queue of {@code queueCapacity} tasks. */
    EngineExecutor(int threads, int queueCapacity) {
        AtomicInteger counter = new AtomicInteger();
        ThreadFactory factory = runnable -> {
            Thread thread = new Thread(runnable, "lottery-engine-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity), factory, new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * A Uni of CPU work run on this pool.
     *
     * @return the work's result, or the failure {@link EngineBusyException} when the pool and its queue are full
     */
    public <T> Uni<T> submit(Supplier<T> work) {
        return Uni.createFrom()
                .deferred(() -> {
                    Context caller = Vertx.currentContext();
                    Uni<T> onPool = Uni.createFrom()
                            .item(work)
                            // Thread hop 1: the work runs on this pool, not on the caller's event loop.
                            .runSubscriptionOn(pool);
                    // Thread hop 2: the result comes back on the caller's (duplicated) Vert.x context, so that what
                    // follows, e.g. Hibernate Reactive, runs where it must and sees the same request context.
                    return caller == null ? onPool : onPool.emitOn(command -> caller.runOnContext(ignored -> command.run()));
                })
                .onFailure(RejectedExecutionException.class)
                .transform(rejected -> new EngineBusyException(pool.getActiveCount(), pool.getQueue()
                        .size(), RETRY_AFTER_SECONDS));
    }

    /** Refuses new work from now on; work already running or queued goes on. */
    public void stopAccepting() {
        pool.shutdown();
    }

    /** Tasks running now. */
    public int active() {
        return pool.getActiveCount();
    }

    /**
     * Starts work on this pool at once, for a caller that does not wait for it on a Vert.x context.
     *
     * @throws EngineBusyException when the pool and its queue are full
     */
    public <T> CompletableFuture<T> start(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            pool.execute(() -> {
                try {
                    result.complete(work.get());
                } catch (RuntimeException | Error failure) {
                    result.completeExceptionally(failure);
                }
            });
        } catch (RejectedExecutionException full) {
            throw new EngineBusyException(pool.getActiveCount(), pool.getQueue()
                    .size(), RETRY_AFTER_SECONDS);
        }
        return result;
    }

    /** How many tasks the queue holds at most. */
    public int queueCapacity() {
        return pool.getQueue()
                .size()
                + pool.getQueue()
                        .remainingCapacity();
    }

    /** Tasks waiting for a thread. */
    public int queued() {
        return pool.getQueue()
                .size();
    }

    @PreDestroy
    void shutdown() {
        pool.shutdownNow();
    }
}
