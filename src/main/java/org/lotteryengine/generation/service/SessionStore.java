package org.lotteryengine.generation.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.generation.GenerationRequest;
import org.lotteryengine.generation.repository.GeneratedTicketSetRepository;
import org.lotteryengine.generation.repository.GenerationPerformanceRepository;
import org.lotteryengine.generation.repository.LotteryTicketRepository;
import org.lotteryengine.generation.repository.SessionResultRepository;
import org.lotteryengine.generation.repository.UserSessionRepository;
import org.lotteryengine.generation.repository.entity.GeneratedTicketSetEntity;
import org.lotteryengine.generation.repository.entity.UserSessionEntity;
import org.lotteryengine.platform.codes.Codes;
import org.lotteryengine.platform.service.Uncancellable;

import io.smallrye.mutiny.Uni;

/**
 * The durable side of sessions (spec 8.1): the session row when a request is accepted, then its whole result in one
 * transaction, so that no reader ever sees half a set.
 */
@ApplicationScoped
public class SessionStore {

    /**
     * The largest budget a session stores ({@code user_sessions.budget} is NUMERIC(10, 2)): a larger one is refused
     * as a request error rather than failing in the database.
     */
    public static final BigDecimal MAXIMUM_BUDGET = new BigDecimal("99999999.99");

    private final UserSessionRepository sessions;
    private final GeneratedTicketSetRepository sets;
    private final LotteryTicketRepository tickets;
    private final GenerationPerformanceRepository performance;
    private final SessionResultRepository results;

    SessionStore(UserSessionRepository sessions, GeneratedTicketSetRepository sets, LotteryTicketRepository tickets,
            GenerationPerformanceRepository performance, SessionResultRepository results) {
        this.sessions = sessions;
        this.sets = sets;
        this.tickets = tickets;
        this.performance = performance;
        this.results = results;
    }

    /**
     * Stores a new active session of this owner for a checked request, with its budget, and its preferences as stored
     * (only those the client gave, then the seed).
     */
    public Uni<UserSessionEntity> open(String owner, String lotteryId, GenerationRequest request) {
        return open(owner, lotteryId, LotteryFormat.tierName(request.targetTier()), request);
    }

    /**
     * As {@link #open(String, String, GenerationRequest)}, with the tier's name given: a bonus game's, {@code tier4+1},
     * is not the request's match count.
     */
    public Uni<UserSessionEntity> open(String owner, String lotteryId, String targetTier, GenerationRequest request) {
        UserSessionEntity session = new UserSessionEntity();
        session.owner = owner;
        session.sessionId = UUID.randomUUID()
                .toString();
        session.lotteryConfigId = lotteryId;
        session.targetTier = targetTier;
        session.numberOfTickets = request.numberOfTickets();
        session.strategy = Codes.of(request.strategy());
        session.budget = request.budget();
        session.preferences = storedPreferences(request);
        session.status = SessionStatus.ACTIVE.wireName();
        return Uncancellable.transaction(() -> sessions.persist(session));
    }

    private static Map<String, Object> storedPreferences(GenerationRequest request) {
        Map<String, Object> stored = new LinkedHashMap<>();
        putIfGiven(stored, "maxGenerationTime", request.maxGenerationTimeMs());
        putIfGiven(stored, "qualityThreshold", request.qualityThreshold());
        putIfGiven(stored, "allowColdPatterns", request.allowColdPatterns());
        putIfGiven(stored, "seed", request.seed());
        return stored;
    }

    private static void putIfGiven(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    /** Removes a session that never started (the engine refused it), as if it had never been accepted. */
    public Uni<Void> discard(UUID sessionRowId) {
        return Uncancellable.transaction(() -> sessions.deleteById(sessionRowId))
                .replaceWithVoid();
    }

    /**
     * Stores a result in one transaction: the session's final state, the set, its tickets and one performance row per
     * attempt. A session deleted in the meantime (GDPR) stays deleted: nothing is written.
     *
     * @param rows null when the generation produced no set
     * @return whether the session still existed
     */
    public Uni<Boolean> finish(UUID sessionRowId, SessionStatus sessionStatus, SessionResultRepository.SetRows rows) {
        return results.finish(sessionRowId, sessionStatus.wireName(), rows);
    }

    /** Marks a session that can no longer finish (its replica died). */
    public Uni<Integer> interrupt(UUID sessionRowId) {
        return Uncancellable.transaction(() -> sessions.update("status = ?1, updatedAt = ?2 where id = ?3 and status = ?4",
                SessionStatus.INTERRUPTED.wireName(), Instant.now(), sessionRowId, SessionStatus.ACTIVE.wireName()));
    }

    /** How many sessions of this owner are queued or running, on any replica. */
    public Uni<Long> activeOf(String owner) {
        return sessions.count("owner = ?1 and status = ?2", owner, SessionStatus.ACTIVE.wireName());
    }

    /** Active sessions last updated before the given time. */
    public Uni<List<UserSessionEntity>> activeSince(Instant before) {
        return sessions.list("status = ?1 and updatedAt < ?2", SessionStatus.ACTIVE.wireName(), before);
    }

    public Uni<Optional<UserSessionEntity>> find(String sessionId) {
        return sessions.findBySessionId(sessionId);
    }

    public Uni<Optional<GeneratedTicketSetEntity>> result(UUID sessionRowId) {
        return sets.findBySession(sessionRowId);
    }

    /**
     * Deletes every row of the session in every table, in one transaction (spec 14.3).
     *
     * @return whether the session existed
     */
    public Uni<Boolean> delete(String sessionId) {
        return Uncancellable.transaction(() -> sessions.findBySessionId(sessionId)
                .onItem()
                .transformToUni(found -> {
                    if (found.isEmpty()) {
                        return Uni.createFrom()
                                .item(false);
                    }
                    UUID id = found.get().id;
                    return performance.delete("sessionId", id)
                            .chain(() -> tickets.delete(
                                    "ticketSetId in (select s.id from GeneratedTicketSetEntity s where s.sessionId = ?1)",
                                    id))
                            .chain(() -> sets.delete("sessionId", id))
                            .chain(() -> sessions.delete("id", id))
                            .replaceWith(true);
                }));
    }
}
