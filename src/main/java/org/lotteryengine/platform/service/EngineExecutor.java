package org.lotteryengine.platform.service;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.WorkStoppedException;
import org.lotteryengine.platform.config.EngineConfig;
import org.lotteryengine.platform.config.GenerationConfig;
import org.lotteryengine.platform.error.EngineBusyException;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The bounded pools that run engine work, never on the event loop. Two lanes, so that short work never waits behind
 * long work:
 * <ul>
 * <li>{@link Lane#GENERATION}: generations, which run up to their time limit (threads {@code lottery-generation-N},
 * a queue of {@code lottery.generation.max-concurrent-sessions});</li>
 * <li>{@link Lane#SHORT}: evaluations, analyses and file parsing, each bounded in cost (threads
 * {@code lottery-engine-N}, a queue of {@code lottery.engine.short-work-queue}).</li>
 * </ul>
 * Each lane holds {@code lottery.generation.worker-threads} threads (0: one per processor). Work beyond a lane's
 * threads and queue is refused at once with {@link EngineBusyException} (503 and Retry-After), rather than queued
 * without bound. Each lane reports how long its oldest queued task has waited, for the readiness check.
 */
@ApplicationScoped
public class EngineExecutor {

    /** Seconds a refused client is asked to wait: about one typical generation. */
    static final int RETRY_AFTER_SECONDS = 1;

    /** The two kinds of engine work. */
    public enum Lane {
        GENERATION("generation"),
        SHORT("short");

        private final String tag;

        Lane(String tag) {
            this.tag = tag;
        }

        /** The lane's name in metrics and health data. */
        public String tag() {
            return tag;
        }
    }

    private final LanePool generations;
    private final LanePool shortWork;

    @Inject
    EngineExecutor(GenerationConfig config, EngineConfig engine) {
        int threads = config.workerThreads() > 0 ? config.workerThreads()
                : Runtime.getRuntime()
                        .availableProcessors();
        this.generations = new LanePool("lottery-generation-", threads, config.maxConcurrentSessions());
        this.shortWork = new LanePool("lottery-engine-", threads, engine.shortWorkQueue());
    }

    /** Both lanes with {@code threads} threads and a queue of {@code queueCapacity} tasks. */
    EngineExecutor(int threads, int queueCapacity) {
        this.generations = new LanePool("lottery-generation-", threads, queueCapacity);
        this.shortWork = new LanePool("lottery-engine-", threads, queueCapacity);
    }

    /**
     * A Uni of short CPU work run on the short lane.
     *
     * @return the work's result, or the failure {@link EngineBusyException} when the lane and its queue are full
     */
    public <T> Uni<T> submit(Supplier<T> work) {
        return submit(stop -> work.get(), null);
    }

    /**
     * A Uni of short CPU work that asks an {@link Interruption}: it stops with {@link WorkStoppedException} once
     * {@code limit} has passed since it started, or when the Uni is cancelled (the client went away).
     *
     * @param limit the longest the work may run, or null for no limit
     */
    public <T> Uni<T> submit(Function<Interruption, T> work, Duration limit) {
        return Uni.createFrom()
                .deferred(() -> {
                    Context caller = Vertx.currentContext();
                    AtomicBoolean abandoned = new AtomicBoolean();
                    Uni<T> onPool = Uni.createFrom()
                            .item(() -> work.apply(interruption(abandoned, limit)))
                            // Thread hop 1: the work runs on the short lane, not on the caller's event loop.
                            .runSubscriptionOn(shortWork.executor)
                            .onCancellation()
                            .invoke(() -> abandoned.set(true));
                    // Thread hop 2: the result comes back on the caller's (duplicated) Vert.x context, so that what
                    // follows, e.g. Hibernate Reactive, runs where it must and sees the same request context.
                    return caller == null ? onPool : onPool.emitOn(command -> caller.runOnContext(ignored -> command.run()));
                })
                .onFailure(RejectedExecutionException.class)
                .transform(rejected -> shortWork.busy());
    }

    private static Interruption interruption(AtomicBoolean abandoned, Duration limit) {
        long started = System.nanoTime();
        long limitNanos = limit == null ? Long.MAX_VALUE : limit.toNanos();
        return () -> {
            if (abandoned.get()) {
                throw new WorkStoppedException(WorkStoppedException.Reason.ABANDONED);
            }
            if (System.nanoTime() - started > limitNanos) {
                throw new WorkStoppedException(WorkStoppedException.Reason.DEADLINE);
            }
        };
    }

    /**
     * Starts a generation on the generation lane at once, for a caller that does not wait for it on a Vert.x context.
     *
     * @throws EngineBusyException when the lane and its queue are full
     */
    public <T> CompletableFuture<T> start(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            generations.executor.execute(() -> {
                try {
                    result.complete(work.get());
                } catch (RuntimeException | Error failure) {
                    result.completeExceptionally(failure);
                }
            });
        } catch (RejectedExecutionException full) {
            throw generations.busy();
        }
        return result;
    }

    /** Refuses new work from now on; work already running or queued goes on. */
    public void stopAccepting() {
        generations.pool.shutdown();
        shortWork.pool.shutdown();
    }

    /** Generations running now. */
    public int active() {
        return active(Lane.GENERATION);
    }

    /** Generations waiting for a thread. */
    public int queued() {
        return queued(Lane.GENERATION);
    }

    /** How many generations the queue holds at most. */
    public int queueCapacity() {
        return queueCapacity(Lane.GENERATION);
    }

    /** Tasks of the lane running now. */
    public int active(Lane lane) {
        return pool(lane).pool.getActiveCount();
    }

    /** Tasks of the lane waiting for a thread. */
    public int queued(Lane lane) {
        return pool(lane).pool.getQueue()
                .size();
    }

    /** How many tasks the lane's queue holds at most. */
    public int queueCapacity(Lane lane) {
        ThreadPoolExecutor pool = pool(lane).pool;
        return pool.getQueue()
                .size()
                + pool.getQueue()
                        .remainingCapacity();
    }

    /** How long the lane's oldest queued task has waited; zero when none waits. */
    public Duration oldestWait(Lane lane) {
        Runnable head = pool(lane).pool.getQueue()
                .peek();
        return head instanceof Queued queued ? Duration.ofNanos(Math.max(0, System.nanoTime() - queued.since))
                : Duration.ZERO;
    }

    private LanePool pool(Lane lane) {
        return lane == Lane.GENERATION ? generations : shortWork;
    }

    @PreDestroy
    void shutdown() {
        generations.pool.shutdownNow();
        shortWork.pool.shutdownNow();
    }

    /** A task with the time it was handed to its lane, so that the lane can tell how long its queue waits. */
    private record Queued(Runnable task, long since) implements Runnable {

        @Override
        public void run() {
            task.run();
        }
    }

    /** One lane: a fixed pool of named threads with a bounded queue of {@link Queued} tasks. */
    private static final class LanePool {

        final ThreadPoolExecutor pool;
        final Executor executor;

        LanePool(String threadPrefix, int threads, int queueCapacity) {
            AtomicInteger counter = new AtomicInteger();
            ThreadFactory factory = runnable -> {
                Thread thread = new Thread(runnable, threadPrefix + counter.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
            this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                    new ArrayBlockingQueue<>(queueCapacity), factory, new ThreadPoolExecutor.AbortPolicy());
            this.executor = task -> pool.execute(new Queued(task, System.nanoTime()));
        }

        EngineBusyException busy() {
            return new EngineBusyException(pool.getActiveCount(), pool.getQueue()
                    .size(), RETRY_AFTER_SECONDS);
        }
    }
}
