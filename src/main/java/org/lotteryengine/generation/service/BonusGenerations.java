package org.lotteryengine.generation.service;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lotteryengine.clients.service.Client;
import org.lotteryengine.clients.service.Scope;
import org.lotteryengine.draws.service.PatternAnalysisService;
import org.lotteryengine.engine.WorkStoppedException;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.generation.BonusGenerationRequest;
import org.lotteryengine.engine.generation.BonusGenerationResult;
import org.lotteryengine.engine.generation.BonusGenerator;
import org.lotteryengine.engine.generation.Degradation;
import org.lotteryengine.engine.generation.GenerationControl;
import org.lotteryengine.engine.generation.GenerationEngine;
import org.lotteryengine.engine.generation.GenerationListener;
import org.lotteryengine.engine.generation.GenerationRequest;
import org.lotteryengine.engine.generation.GenerationStatus;
import org.lotteryengine.engine.generation.NoValidTicketSetException;
import org.lotteryengine.generation.repository.entity.UserSessionEntity;
import org.lotteryengine.lotteries.service.Lottery;
import org.lotteryengine.platform.codes.Codes;
import org.lotteryengine.platform.config.EngineConfig;
import org.lotteryengine.platform.config.GenerationConfig;
import org.lotteryengine.platform.error.GenerationFailedException;
import org.lotteryengine.platform.service.EngineExecutor;
import org.lotteryengine.platform.service.EngineWorkLimits;
import org.lotteryengine.platform.service.Uncancellable;

import io.smallrye.mutiny.Uni;

/**
 * Runs a bonus game's generation as a session, as {@link GenerationService} does for k-of-n games: the request checked
 * (its tier named by main and bonus matches), the session stored as active, {@link BonusGenerator} run on the
 * generation lane, and the set stored in one transaction before the {@code complete} event says so. The generator
 * makes one search and then exact evaluations, which cannot stop half-way with a set: a cancellation, an abandonment
 * or the time limit ends the session without one.
 */
@ApplicationScoped
public class BonusGenerations {

    private static final Logger LOG = Logger.getLogger(BonusGenerations.class);

    private final BonusGenerator generator;
    private final GenerationEngine engine;
    private final EngineWorkLimits limits;
    private final PatternAnalysisService patterns;
    private final SessionStore store;
    private final SessionEvents events;
    private final SessionControls controls;
    private final GenerationMetrics metrics;
    private final GeneratedSetDocuments documents;
    private final GenerationAdmission admission;
    private final EngineConfig engineConfig;
    private final SessionLaunch launcher;
    private final DegradationPolicy degradation;
    private final EngineExecutor executor;
    private final GenerationConfig generationConfig;

    BonusGenerations(BonusGenerator generator, GenerationEngine engine, EngineWorkLimits limits,
            PatternAnalysisService patterns, SessionStore store, SessionEvents events,
            SessionControls controls, GenerationMetrics metrics, GeneratedSetDocuments documents,
            GenerationAdmission admission, EngineConfig engineConfig, SessionLaunch launcher,
            DegradationPolicy degradation, EngineExecutor executor, GenerationConfig generationConfig) {
        this.generationConfig = generationConfig;
        this.degradation = degradation;
        this.executor = executor;
        this.generator = generator;
        this.engine = engine;
        this.limits = limits;
        this.patterns = patterns;
        this.store = store;
        this.events = events;
        this.controls = controls;
        this.metrics = metrics;
        this.documents = documents;
        this.admission = admission;
        this.engineConfig = engineConfig;
        this.launcher = launcher;
    }

    /** A checked request: the engine's, and its tier's name as the session stores it. */
    private record Checked(BonusGenerationRequest request, String tierName) {
    }

    /**
     * Checks the request against the game, stores the session and starts the generation.
     *
     * @throws org.lotteryengine.engine.generation.InvalidGenerationRequestException when the request breaks a rule
     */
    public Uni<GenerationService.Accepted> start(GenerateCommand command, Lottery game, Client client) {
        Checked checked = check(command, game, client);
        GenerationRequest request = command.request();
        return admission.checkActive(client)
                .chain(() -> patterns.bonusGrouping(game))
                .onItem()
                .transformToUni(grouping -> degradation.current(executor.active() + executor.queued(), checked
                        .tierName())
                        .onItem()
                        .transformToUni(level -> Uncancellable.of(store.open(client.id(), game.id(), checked
                                .tierName(), request)
                                .map(session -> launch(game, checked, request, grouping, session, level)))));
    }

    private Checked check(GenerateCommand command, Lottery game, Client client) {
        BonusGame bonusGame = game.bonusGame();
        int rank = generator.rankOf(bonusGame, command.targetTier());
        GenerationRequest request = command.request();
        BonusGenerationRequest engineRequest = new BonusGenerationRequest(rank, request.numberOfTickets(), request
                .strategy(), request.allowColdPatterns(), request.seed());
        generator.validate(bonusGame, engineRequest);
        engine.validateBudgetAndPreferences(bonusGame.ticketPrice(), request);
        // Three exact passes over every main draw (two bonus placements measured, the kept one evaluated): the
        // evaluation's cost limit applies to each.
        limits.check(bonusGame.mainDraws(), game.name(), request.numberOfTickets(), client.has(Scope.ADMIN));
        return new Checked(engineRequest, "tier" + bonusGame.tiers()
                .get(rank)
                .name());
    }

    private GenerationService.Accepted launch(Lottery game, Checked checked, GenerationRequest request,
            PatternAnalysisService.Grouping grouping, UserSessionEntity session, Degradation level) {
        String sessionId = session.sessionId;
        GenerationControl control = controls.register(sessionId);
        GenerationListener listener = new SessionProgressListener(sessionId, control, events, Duration.ofMillis(
                generationConfig.progressReportIntervalMs()));
        // Under load (spec 10.3) the time limit shrinks as a k-of-n generation's does.
        long limitMs = Math.max(1, Math.round((request.maxGenerationTimeMs() != null ? request.maxGenerationTimeMs()
                : engine.settings()
                        .defaultTimeoutMs())
                * level.timeMultiplier()));
        long started = System.nanoTime();
        Uni<Done> outcome = launcher.start(session, () -> {
            BonusGenerationResult result = generator.generate(game.bonusGame(), grouping.data(), checked.request(),
                    level, listener, control.interruption(System::nanoTime, System.nanoTime(), limitMs));
            return new Finished(result, documents.writeBonus(sessionId, game, checked.tierName(), result, request
                    .numberOfTickets(), grouping.observed(), engineConfig.version(), Instant.now()));
        })
                .onItem()
                .transformToUni(finished -> stored(session, finished))
                .onFailure(WorkStoppedException.class)
                .recoverWithUni(stopped -> withoutSet(session, stopped(limitMs, (WorkStoppedException) stopped)))
                .onFailure(NoValidTicketSetException.class)
                .recoverWithUni(impossible -> withoutSet(session, new Done(SessionStatus.FAILED, null,
                        GenerationStatus.FAILED, "No ticket set can meet this request's pattern quotas: " + impossible
                                .getMessage())))
                .onItemOrFailure()
                .invoke((done, failure) -> ended(session, checked, done, failure, started))
                .memoize()
                .indefinitely();
        outcome.subscribe()
                .with(ignored -> {
                }, failure -> LOG.debugf("session %s ended with %s", sessionId, failure.toString()));
        return new GenerationService.Accepted(sessionId, outcome.onItem()
                .transform(done -> {
                    if (done.json() == null) {
                        throw new GenerationFailedException("No ticket set could be generated for this request",
                                Map.of("sessionId", sessionId, "status", "failed", "reason", done.reason()));
                    }
                    return new GenerationService.Generated(sessionId, null, done.json());
                }));
    }

    /** What the generation lane hands back. */
    private record Finished(BonusGenerationResult result, GeneratedSetDocuments.Document document) {
    }

    /**
     * How the session ended.
     *
     * @param session the session's final status
     * @param json the set's document, or null when it ended without one
     * @param status the set's status
     * @param reason why it ended without a set; null when it has one
     */
    private record Done(SessionStatus session, String json, GenerationStatus status, String reason) {
    }

    private Uni<Done> stored(UserSessionEntity session, Finished finished) {
        BonusGenerationResult result = finished.result();
        return store.finish(session.id, SessionStatus.COMPLETED, finished.document()
                .rows())
                .invoke(stillThere -> {
                    if (!stillThere) {
                        // Deleted meanwhile (spec 14.3), or marked interrupted, which is final.
                        LOG.infof("Session %s ended while no longer active (deleted or interrupted); its result was "
                                + "not stored", session.sessionId);
                        events.forget(session.sessionId);
                    } else {
                        events.publish(session.sessionId, new SessionEvent.Complete(session.sessionId, Codes.of(result
                                .status()), result.objective(), 1, result.timeElapsedMs(),
                                Codes.of(result.stoppingReason())));
                    }
                })
                .call(() -> events.flushed(session.sessionId))
                .replaceWith(new Done(SessionStatus.COMPLETED, finished.document()
                        .json(), result.status(), null));
    }

    /** Why a cancelled, abandoned or late run ends without a set. */
    private static Done stopped(long limitMs, WorkStoppedException stopped) {
        boolean late = stopped.reason() == WorkStoppedException.Reason.DEADLINE;
        return late ? new Done(SessionStatus.FAILED, null, GenerationStatus.FAILED, ("The time limit of %d ms passed"
                + " before the exact evaluation of the set ended; no set was stored").formatted(limitMs))
                : new Done(SessionStatus.CANCELLED, null, GenerationStatus.FAILED, "The generation was cancelled"
                        + " before the exact evaluation of its set ended; no set was stored");
    }

    /** Ends the session without a set, and says why on its status stream. */
    private Uni<Done> withoutSet(UserSessionEntity session, Done done) {
        return store.finish(session.id, done.session(), null)
                .invoke(stillThere -> {
                    if (stillThere) {
                        events.publish(session.sessionId, GenerationService.errorEvent(session.sessionId, done
                                .session()
                                .wireName(), done.reason()));
                    } else {
                        events.forget(session.sessionId);
                    }
                })
                .call(() -> events.flushed(session.sessionId))
                .replaceWith(done);
    }

    private void ended(UserSessionEntity session, Checked checked, Done done, Throwable failure, long started) {
        String sessionId = session.sessionId;
        controls.finished(sessionId);
        boolean produced = done != null && done.json() != null;
        metrics.ended(checked.tierName(), checked.request()
                .strategy(), done == null ? GenerationStatus.FAILED : done.status(),
                Duration.ofNanos(System
                        .nanoTime() - started),
                produced ? 1 : -1, -1);
        if (failure != null) {
            launcher.failed(session, failure);
        }
    }
}
