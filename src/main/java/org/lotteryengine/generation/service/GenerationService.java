package org.lotteryengine.generation.service;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.lotteryengine.clients.service.Client;
import org.lotteryengine.draws.service.PatternAnalysisService;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.generation.Degradation;
import org.lotteryengine.engine.generation.DesignKey;
import org.lotteryengine.engine.generation.GenerationControl;
import org.lotteryengine.engine.generation.GenerationEngine;
import org.lotteryengine.engine.generation.GenerationListener;
import org.lotteryengine.engine.generation.GenerationRequest;
import org.lotteryengine.engine.generation.GenerationResult;
import org.lotteryengine.engine.generation.GenerationStatus;
import org.lotteryengine.engine.generation.StoppingReason;
import org.lotteryengine.engine.generation.TicketDesign;
import org.lotteryengine.generation.repository.DesignLibraryRepository;
import org.lotteryengine.generation.repository.entity.UserSessionEntity;
import org.lotteryengine.lotteries.service.Lottery;
import org.lotteryengine.lotteries.service.LotteryConfigurationService;
import org.lotteryengine.platform.codes.Codes;
import org.lotteryengine.platform.config.EngineConfig;
import org.lotteryengine.platform.config.GenerationConfig;
import org.lotteryengine.platform.error.ErrorCode;
import org.lotteryengine.platform.error.GenerationFailedException;
import org.lotteryengine.platform.error.InvalidRequestException;
import org.lotteryengine.platform.service.EngineExecutor;
import org.lotteryengine.platform.service.Uncancellable;

import io.smallrye.mutiny.Uni;

/**
 * Runs generations as sessions (spec 3.1, 3.3, 8.1): the request is checked, the session stored as active, the engine
 * run on its bounded pool with every event published for the status streams, and the whole result stored in one
 * transaction before the {@code complete} event says so.
 */
@ApplicationScoped
public class GenerationService {

    private static final Logger LOG = Logger.getLogger(GenerationService.class);

    /** A request the service took: the session's id, and its outcome to wait for (or not). */
    public record Accepted(String sessionId, Uni<Generated> outcome) {
    }

    /** A stored set, and its JSON as stored: answered as it is, without writing it again. */
    public record Generated(String sessionId, GenerationResult result, String json) {
    }

    /**
     * What the engine thread hands back: the result and its document, and whether a search made it (a library miss,
     * or a stored design that does not meet this request).
     */
    private record Finished(GenerationResult result, GeneratedSetDocuments.Document document, boolean searched) {
    }

    /** Where a request's set may come from: the library's key for it, and the design stored under it. */
    private record Library(DesignKey key, Optional<DesignLibraryRepository.Entry> stored) {

        static final Library OFF = new Library(null, Optional.empty());
    }

    private final LotteryConfigurationService configurations;
    private final PatternAnalysisService patterns;
    private final GenerationEngine engine;
    private final EngineExecutor executor;
    private final SessionStore store;
    private final SessionEvents events;
    private final SessionControls controls;
    private final DegradationPolicy degradation;
    private final GenerationMetrics metrics;
    private final GenerationConfig config;
    private final EngineConfig engineConfig;
    private final GeneratedSetDocuments documents;
    private final GenerationAdmission admission;
    private final DesignLibrary library;
    private final BonusGenerations bonusGenerations;
    private final SessionLaunch launcher;

    GenerationService(LotteryConfigurationService configurations, PatternAnalysisService patterns,
            GenerationEngine engine, EngineExecutor executor, SessionStore store, SessionEvents events,
            SessionControls controls, DegradationPolicy degradation, GenerationMetrics metrics,
            GenerationConfig config, EngineConfig engineConfig, GeneratedSetDocuments documents,
            GenerationAdmission admission, DesignLibrary library, BonusGenerations bonusGenerations,
            SessionLaunch launcher) {
        this.configurations = configurations;
        this.patterns = patterns;
        this.engine = engine;
        this.executor = executor;
        this.store = store;
        this.events = events;
        this.controls = controls;
        this.degradation = degradation;
        this.metrics = metrics;
        this.config = config;
        this.engineConfig = engineConfig;
        this.documents = documents;
        this.admission = admission;
        this.library = library;
        this.bonusGenerations = bonusGenerations;
        this.launcher = launcher;
    }

    /**
     * Checks the request, stores the session and starts the generation. The returned outcome fails with
     * {@link GenerationFailedException} when the set falls short of the request; the generation runs to its end and
     * is stored whether or not anyone waits for it.
     */
    public Uni<Accepted> start(GenerateCommand request, Client client) {
        if (request.lotteryType() == null || request.lotteryType()
                .isBlank()) {
            return Uni.createFrom()
                    .failure(new InvalidRequestException(ErrorCode.INVALID_LOTTERY_CONFIG,
                            "lotteryType is required, e.g. 5/35", Map.of("field", "lotteryType")));
        }
        return configurations.getForBody(request.lotteryType())
                .onItem()
                .transformToUni(game -> game.hasBonus() ? bonusGenerations.start(request, game, client)
                        : startKOfN(request, game, client));
    }

    private Uni<Accepted> startKOfN(GenerateCommand request, Lottery game, Client client) {
        GenerationRequest engineRequest = request.request();
        if (request.targetTier() != null && request.targetTier()
                .contains("+")) {
            throw new InvalidRequestException(ErrorCode.INVALID_TIER, ("%s draws no bonus numbers: its tiers are"
                    + " tierM, e.g. tier%d, got %s").formatted(game.name(), game.format()
                            .drawSize(), request.targetTier()),
                    Map.of("field", "targetTier", "provided", request.targetTier()));
        }
        return admission.check(game, engineRequest, client)
                .chain(() -> patterns.grouping(game))
                .onItem()
                .transformToUni(grouping -> degradation.current(executor.active() + executor.queued(),
                        LotteryFormat.tierName(engineRequest.targetTier()))
                        .onItem()
                        .transformToUni(level -> library(game, grouping, engineRequest, level).onItem()
                                // Once stored, a session is started even if its caller has gone: never left active.
                                .transformToUni(designs -> Uncancellable.of(store.open(client.id(), game.id(),
                                        engineRequest)
                                        .map(session -> launch(game, game.format(), grouping, engineRequest, session,
                                                level, designs))))));
    }

    private Uni<Library> library(Lottery game, PatternAnalysisService.Grouping grouping, GenerationRequest request,
            Degradation level) {
        if (!library.enabled()) {
            return Uni.createFrom()
                    .item(Library.OFF);
        }
        DesignKey key = engine.designKey(game.format(), grouping.data(), request, level, engineConfig.version());
        return library.find(key, game.format())
                .map(stored -> new Library(key, stored));
    }

    /** Starts the engine on its pool; a refusal (pool full) removes the session and fails with 503. */
    private Accepted launch(Lottery game, LotteryFormat format,
            PatternAnalysisService.Grouping grouping, GenerationRequest request, UserSessionEntity session,
            Degradation level, Library designs) {
        String sessionId = session.sessionId;
        GenerationControl control = controls.register(sessionId);
        GenerationListener listener = new SessionProgressListener(sessionId, control, events, Duration.ofMillis(config
                .progressReportIntervalMs()));
        long started = System.nanoTime();
        Uni<Generated> outcome = launcher.start(session, () -> {
            GenerationResult result = null;
            if (designs.stored()
                    .isPresent()) {
                GenerationResult served = engine.serve(format, grouping.data(), request, designs.stored()
                        .get()
                        .design(), level, listener);
                result = served.status()
                        .met() ? served : null;
            }
            boolean searched = result == null;
            if (searched) {
                result = engine.generate(format, grouping.data(), request, level, listener, control);
            }
            double[] shares = result.ticketShares()
                    .stream()
                    .mapToDouble(Double::doubleValue)
                    .toArray();
            return new Finished(result, documents.write(sessionId, game.name(), format, result, shares, grouping
                    .observed(), engineConfig.version(), Instant.now()), searched);
        })
                .onItem()
                .transformToUni(finished -> store(session, finished).call(() -> keep(game, request, designs,
                        finished)))
                .onItemOrFailure()
                .invoke((generated, failure) -> ended(session, request, generated, failure, started))
                .memoize()
                .indefinitely();
        outcome.subscribe()
                .with(ignored -> {
                }, failure -> LOG.debugf("session %s ended with %s", sessionId, failure.toString()));
        return new Accepted(sessionId, outcome.onItem()
                .transform(generated -> {
                    GenerationStatus status = generated.result()
                            .status();
                    if (!status.met()) {
                        throw failure(generated.sessionId(), generated.result());
                    }
                    return generated;
                }));
    }

    /**
     * Offers a searched set to the library, which keeps it if it beats the stored design; a failure here costs the
     * library an entry, never the client its set.
     */
    private Uni<Void> keep(Lottery game, GenerationRequest request, Library designs, Finished finished) {
        if (designs.key() == null) {
            return Uni.createFrom()
                    .voidItem();
        }
        library.answered(!finished.searched());
        if (!finished.searched() || finished.result()
                .tickets()
                .isEmpty()) {
            return Uni.createFrom()
                    .voidItem();
        }
        return library.offer(designs.key(), game.id(), TicketDesign.of(finished.result(), request.strategy()))
                .replaceWithVoid()
                .onFailure()
                .recoverWithUni(failure -> {
                    LOG.warnf("the set of key %s was not offered to the design library: %s", designs.key()
                            .id(), failure.toString());
                    return Uni.createFrom()
                            .voidItem();
                });
    }

    /** Stores the result in one transaction, then publishes the end of the session. */
    private Uni<Generated> store(UserSessionEntity session, Finished finished) {
        GenerationResult result = finished.result();
        boolean produced = !result.tickets()
                .isEmpty();
        SessionStatus sessionStatus = !produced ? SessionStatus.FAILED
                : result.stoppingReason() == StoppingReason.USER_OVERRIDE ? SessionStatus.CANCELLED : SessionStatus.COMPLETED;
        return store.finish(session.id, sessionStatus, produced ? finished.document()
                .rows() : null)
                .invoke(stillThere -> {
                    if (!stillThere) {
                        // Deleted meanwhile (spec 14.3), or marked interrupted, which is final: nothing more of it is
                        // written, events included.
                        LOG.infof("Session %s ended while no longer active (deleted or interrupted); its result was "
                                + "not stored", session.sessionId);
                        events.forget(session.sessionId);
                    } else if (!produced) {
                        events.publish(session.sessionId, errorEvent(session.sessionId,
                                SessionStatus.FAILED.wireName(), result.failure()
                                        .message()));
                    } else {
                        events.publish(session.sessionId, completeEvent(session.sessionId, result));
                    }
                })
                .call(() -> events.flushed(session.sessionId))
                .replaceWith(new Generated(session.sessionId, result, finished.document()
                        .json()));
    }

    private void ended(UserSessionEntity session, GenerationRequest request, Generated generated, Throwable failure,
            long started) {
        String sessionId = session.sessionId;
        controls.finished(sessionId);
        GenerationStatus status = generated != null ? generated.result()
                .status() : GenerationStatus.FAILED;
        GenerationResult set = generated != null ? generated.result() : null;
        metrics.ended(LotteryFormat.tierName(request.targetTier()), request.strategy(), status,
                Duration.ofNanos(System.nanoTime() - started),
                set == null ? -1 : set.attempts(),
                set == null || set.quality() == null ? -1
                        : set.quality()
                                .overall()
                                .optimizationScore());
        if (failure != null) {
            launcher.failed(session, failure);
        }
    }

    private static GenerationFailedException failure(String sessionId, GenerationResult result) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("sessionId", sessionId);
        details.put("status", Codes.of(result.status()));
        Map<String, Object> failure = GenerationFailures.details(result);
        if (failure != null) {
            details.putAll(failure);
        }
        return new GenerationFailedException(
                result.status() == GenerationStatus.FAILED ? "No ticket set could be generated for this request"
                        : "The best set found does not meet the request's thresholds; it is stored with the session",
                details);
    }

    /** The data of a {@code complete} event (spec 3.3). */
    public static SessionEvent.Complete completeEvent(String sessionId, GenerationResult result) {
        return new SessionEvent.Complete(sessionId, Codes.of(result.status()), result.quality() == null ? 0.0
                : result.quality()
                        .overall()
                        .optimizationScore(),
                result.attempts(), result.timeElapsedMs(), Codes.ofNullable(result.stoppingReason()));
    }

    /** The data of an {@code error} event. */
    public static SessionEvent.Error errorEvent(String sessionId, String status, String message) {
        return new SessionEvent.Error(sessionId, status, message);
    }
}
