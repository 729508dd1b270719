package org.lotteryengine.generation.ops;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.lotteryengine.generation.repository.entity.UserSessionEntity;
import org.lotteryengine.generation.service.SessionControls;
import org.lotteryengine.generation.service.SessionEvents;
import org.lotteryengine.generation.service.SessionStore;
import org.lotteryengine.platform.config.SessionsConfig;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Marks as {@code interrupted} the sessions whose replica died mid-generation: active in the database, but with no
 * heartbeat in Redis (or, when Redis cannot say, older than {@code lottery.sessions.stale-after}). Runs at start-up,
 * which covers a replica's own crash, and every 30 s for the others. Such sessions never stored a set: the result is
 * written in one transaction or not at all.
 */
@ApplicationScoped
public class SessionRecovery {

    private static final Logger LOG = Logger.getLogger(SessionRecovery.class);

    private final SessionStore store;
    private final SessionControls controls;
    private final SessionEvents events;
    private final SessionsConfig config;

    SessionRecovery(SessionStore store, SessionControls controls, SessionEvents events, SessionsConfig config) {
        this.store = store;
        this.controls = controls;
        this.events = events;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        try {
            // Start-up runs on the main thread: the sweep runs on a Vert.x context and is awaited here, so that a
            // restarted replica reports its crashed sessions before it serves anything.
            VertxContextSupport.subscribeAndAwait(this::sweep);
        } catch (Throwable e) {
            LOG.warnf("Session recovery at start-up failed: %s", e.toString());
        }
    }

    @Scheduled(identity = "session-recovery", every = "30s", delay = 30, delayUnit = java.util.concurrent.TimeUnit.SECONDS, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        events.forgetFinished();
        return sweep().replaceWithVoid();
    }

    /**
     * Interrupts every orphaned session.
     *
     * @return how many were interrupted
     */
    public Uni<Integer> sweep() {
        Instant now = Instant.now();
        return store.activeSince(now.minus(config.heartbeatTtl()))
                .onItem()
                .transformToMulti(sessions -> Multi.createFrom()
                        .iterable(sessions))
                .onItem()
                .transformToUniAndConcatenate(session -> orphaned(session, now).onItem()
                        .transformToUni(orphaned -> orphaned ? store.interrupt(session.id)
                                : Uni.createFrom()
                                        .item(0)))
                .collect()
                .with(java.util.stream.Collectors.summingInt(Integer::intValue))
                .invoke(count -> {
                    if (count > 0) {
                        LOG.infof("Marked %d sessions interrupted: their replica stopped mid-generation", count);
                    }
                })
                .onFailure()
                .invoke(failure -> LOG.warnf("Session recovery could not run: %s", failure.toString()))
                .onFailure()
                .recoverWithItem(0);
    }

    private Uni<Boolean> orphaned(UserSessionEntity session, Instant now) {
        return controls.alive(session.sessionId)
                .map(alive -> alive == null ? session.updatedAt.isBefore(now.minus(config.staleAfter()))
                        : !alive);
    }
}
