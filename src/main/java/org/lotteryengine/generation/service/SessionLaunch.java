package org.lotteryengine.generation.service;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lotteryengine.generation.repository.entity.UserSessionEntity;
import org.lotteryengine.platform.service.EngineExecutor;

import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * What every generation does around its engine work, k-of-n ({@link GenerationService}) or bonus game
 * ({@link BonusGenerations}): start the work on the generation lane, remove a session the lane refused, bring the
 * result back on a context of its own, and mark a session whose result could not be stored as failed.
 */
@ApplicationScoped
public class SessionLaunch {

    private static final Logger LOG = Logger.getLogger(SessionLaunch.class);

    private final EngineExecutor executor;
    private final SessionStore store;
    private final SessionEvents events;
    private final SessionControls controls;
    private final GenerationMetrics metrics;

    SessionLaunch(EngineExecutor executor, SessionStore store, SessionEvents events, SessionControls controls,
            GenerationMetrics metrics) {
        this.executor = executor;
        this.store = store;
        this.events = events;
        this.controls = controls;
        this.metrics = metrics;
    }

    /**
     * Starts the work on the generation lane. Its result is emitted on a new duplicated context of the caller's: the
     * request that started it may be long gone (async), and storing the result needs a Vert.x context.
     *
     * @throws RuntimeException the lane's refusal (pool full, 503), after the session was removed
     */
    public <T> Uni<T> start(UserSessionEntity session, Supplier<T> work) {
        Context caller = Vertx.currentContext();
        CompletableFuture<T> running;
        try {
            running = executor.start(work);
        } catch (RuntimeException refused) {
            controls.finished(session.sessionId);
            store.discard(session.id)
                    .subscribe()
                    .with(ignored -> {
                    }, failure -> LOG.warnf("refused session %s not removed: %s", session.sessionId, failure
                            .toString()));
            throw refused;
        }
        metrics.started();
        Context storing = caller == null ? null : VertxContext.createNewDuplicatedContext(caller);
        return Uni.createFrom()
                .completionStage(running)
                .emitOn(command -> {
                    if (storing == null) {
                        command.run();
                    } else {
                        storing.runOnContext(ignored -> command.run());
                    }
                });
    }

    /**
     * A session whose generation or storing failed unexpectedly: marked failed now rather than left active until the
     * recovery sweep (if the database is what failed, the sweep marks it interrupted instead), and said so on its
     * status stream.
     */
    public void failed(UserSessionEntity session, Throwable failure) {
        String sessionId = session.sessionId;
        LOG.errorf(failure, "Session %s could not be completed", sessionId);
        store.finish(session.id, SessionStatus.FAILED, null)
                .subscribe()
                .with(ignored -> {
                }, storeFailure -> LOG.debugf("session %s not marked failed: %s", sessionId, storeFailure
                        .toString()));
        events.publish(sessionId, GenerationService.errorEvent(sessionId, "failed",
                "The generation could not be completed; the session was not stored"));
    }
}
