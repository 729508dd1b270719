package org.lotteryengine.generation.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.clients.service.Client;
import org.lotteryengine.generation.repository.entity.UserSessionEntity;
import org.lotteryengine.platform.config.GenerationConfig;
import org.lotteryengine.platform.config.SessionsConfig;
import org.lotteryengine.platform.error.ErrorCode;
import org.lotteryengine.platform.error.InvalidRequestException;
import org.lotteryengine.platform.error.NoTicketSetException;
import org.lotteryengine.platform.error.SessionNotActiveException;
import org.lotteryengine.platform.error.SessionNotFoundException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Sessions after their start: what they hold, their status streams, cancel, extend and deletion.
 */
@ApplicationScoped
public class SessionService {

    private final SessionStore store;
    private final SessionEvents events;
    private final SessionControls controls;
    private final SessionsConfig config;
    private final GenerationConfig generation;
    private final ObjectMapper json;

    SessionService(SessionStore store, SessionEvents events, SessionControls controls, SessionsConfig config,
            GenerationConfig generation, ObjectMapper json) {
        this.store = store;
        this.events = events;
        this.controls = controls;
        this.config = config;
        this.generation = generation;
        this.json = json;
    }

    /**
     * A session id as the API accepts it: a UUID (spec 14.1).
     *
     * @throws InvalidRequestException for anything else
     */
    public static String checkedId(String sessionId) {
        try {
            if (sessionId != null && sessionId.length() == 36) {
                return UUID.fromString(sessionId)
                        .toString();
            }
        } catch (IllegalArgumentException e) {
            // Reported below, with the same message as any other malformed id.
        }
        String shown = sessionId == null ? "null"
                : sessionId.length() > 40 ? sessionId.substring(0, 40) + "…"
                        : sessionId;
        throw new InvalidRequestException(ErrorCode.INVALID_REQUEST, "sessionId must be a UUID", Map.of("field",
                "sessionId", "provided", shown));
    }

    /** The session: its stored GeneratedTicketSet when it has one, else its state. */
    public Uni<Map<String, Object>> get(String sessionId, Client client) {
        return existing(sessionId, client).onItem()
                .transformToUni(session -> store.result(session.id)
                        .map(result -> {
                            Map<String, Object> body = new LinkedHashMap<>();
                            if (result.isPresent()) {
                                body.putAll(result.get().result);
                            } else {
                                body.put("sessionId", session.sessionId);
                            }
                            body.put("sessionStatus", session.status);
                            body.put("request", request(session));
                            return body;
                        }));
    }

    /** Fails with 400 or 404 unless the session exists and the client may see it. */
    public Uni<Void> requireExisting(String sessionId, Client client) {
        return existing(sessionId, client).replaceWithVoid();
    }

    /** The session's stored GeneratedTicketSet, for export. */
    public Uni<Map<String, Object>> ticketSet(String sessionId, Client client) {
        return existing(sessionId, client).onItem()
                .transformToUni(session -> store.result(session.id)
                        .map(result -> result.orElseThrow(() -> new NoTicketSetException(session.sessionId,
                                session.status)).result));
    }

    /**
     * The session's events after {@code lastEventId}, until its end. A session that ended without events left (they
     * expire, or its replica died) ends its stream with one event built from the database.
     */
    public Uni<Multi<SessionEvents.Event>> stream(String sessionId, long lastEventId, Client client) {
        return existing(sessionId, client).map(session -> events.follow(sessionId, lastEventId, () -> orphaned(sessionId)));
    }

    /** Asks a running session to stop after its current attempt. */
    public Uni<Map<String, Object>> cancel(String sessionId, Client client) {
        return active(sessionId, client).call(session -> controls.cancel(sessionId))
                .map(session -> Map.of("sessionId", sessionId, "action", "cancel", "accepted", true));
    }

    /** Gives a running session more time, within lottery.generation.max-timeout-ms in all. */
    public Uni<Map<String, Object>> extend(String sessionId, Long additionalMs, Client client) {
        if (additionalMs == null || additionalMs < 1 || additionalMs > generation.maxTimeoutMs()) {
            return Uni.createFrom()
                    .failure(new InvalidRequestException(ErrorCode.INVALID_REQUEST,
                            "additionalTime must be between 1 and %d ms".formatted(generation.maxTimeoutMs()), Map.of(
                                    "field", "additionalTime", "provided", String.valueOf(additionalMs), "allowed",
                                    Map.of("min", 1, "max", generation.maxTimeoutMs()))));
        }
        return active(sessionId, client).call(session -> controls.extend(sessionId, additionalMs))
                .map(session -> Map.of("sessionId", sessionId, "action", "extend", "additionalTime", additionalMs,
                        "maximumTotalTime", generation.maxTimeoutMs(), "accepted", true));
    }

    /**
     * Deletes every row of the session in one transaction, and its events (spec 14.3). A running or queued
     * generation is abandoned first: it stops within milliseconds, and its result, if any, finds no session.
     */
    public Uni<Void> delete(String sessionId, Client client) {
        String id = checkedId(sessionId);
        return existing(id, client).chain(() -> controls.abandon(id))
                .chain(() -> store.delete(id))
                .onItem()
                .transformToUni(existed -> {
                    if (!existed) {
                        return Uni.createFrom()
                                .failure(new SessionNotFoundException(id));
                    }
                    return events.delete(id);
                });
    }

    /**
     * The session, when the client may see it: its creator and administrators. To anyone else it does not exist (404,
     * never 403), so that a session id reveals nothing to those who did not create it.
     */
    private Uni<UserSessionEntity> existing(String sessionId, Client client) {
        String id = checkedId(sessionId);
        return store.find(id)
                .map(found -> found.filter(session -> client.owns(session.owner))
                        .orElseThrow(() -> new SessionNotFoundException(id)));
    }

    private Uni<UserSessionEntity> active(String sessionId, Client client) {
        return existing(sessionId, client).invoke(session -> {
            if (SessionStatus.of(session.status) != SessionStatus.ACTIVE) {
                throw new SessionNotActiveException(session.sessionId, session.status);
            }
        });
    }

    /** The final event of a session whose events are gone, or null while it may still produce them. */
    private Uni<SessionEvents.Event> orphaned(String sessionId) {
        return store.find(sessionId)
                .onItem()
                .transformToUni(found -> {
                    if (found.isEmpty()) {
                        return Uni.createFrom()
                                .item(event(GenerationService.errorEvent(sessionId, "deleted",
                                        "The session was deleted")));
                    }
                    UserSessionEntity session = found.get();
                    if (SessionStatus.of(session.status) == SessionStatus.ACTIVE) {
                        return interruptedIfDead(session);
                    }
                    return finalEvent(session);
                });
    }

    private Uni<SessionEvents.Event> interruptedIfDead(UserSessionEntity session) {
        boolean old = session.updatedAt != null && session.updatedAt.isBefore(Instant.now()
                .minus(config.heartbeatTtl()));
        if (!old) {
            return Uni.createFrom()
                    .nullItem();
        }
        return controls.alive(session.sessionId)
                .onItem()
                .transformToUni(alive -> {
                    boolean stale = session.updatedAt.isBefore(Instant.now()
                            .minus(config.staleAfter()));
                    if (Boolean.TRUE.equals(alive) || alive == null && !stale) {
                        return Uni.createFrom()
                                .nullItem();
                    }
                    return store.interrupt(session.id)
                            .map(ignored -> event(GenerationService.errorEvent(
                                    session.sessionId, SessionStatus.INTERRUPTED.wireName(),
                                    "The replica running this session stopped; no ticket set was stored")));
                });
    }

    private Uni<SessionEvents.Event> finalEvent(UserSessionEntity session) {
        return store.result(session.id)
                .map(result -> {
                    if (result.isEmpty()) {
                        return event(GenerationService.errorEvent(session.sessionId,
                                session.status, "The session ended without a ticket set"));
                    }
                    return event(new SessionEvent.Complete(session.sessionId, result.get().status, result
                            .get().overallQuality, result.get().generationAttempts, result.get().generationTimeMs,
                            result.get().stoppingReason));
                });
    }

    private SessionEvents.Event event(SessionEvent data) {
        try {
            return new SessionEvents.Event(0, data.type()
                    .wireName(), json.writeValueAsString(data));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event could not be written as JSON", e);
        }
    }

    private static Map<String, Object> request(UserSessionEntity session) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("lotteryConfigId", session.lotteryConfigId);
        request.put("targetTier", session.targetTier);
        request.put("numberOfTickets", session.numberOfTickets);
        request.put("strategy", session.strategy);
        request.put("budget", session.budget);
        request.put("preferences", session.preferences);
        request.put("createdAt", session.createdAt);
        return request;
    }
}
