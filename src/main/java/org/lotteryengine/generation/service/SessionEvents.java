package org.lotteryengine.generation.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.lotteryengine.platform.config.SessionsConfig;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.quarkus.redis.datasource.list.ReactiveListCommands;
import io.quarkus.redis.datasource.pubsub.ReactivePubSubCommands;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.MultiEmitter;

/**
 * The events of every session (spec 3.3), kept in a Redis list per session so that a status stream served by any
 * replica follows a generation running on any other, and a client that reconnects gets what it missed.
 * <p>
 * Each event has an id, 1, 2, 3... in the order the generation produced it: publishing is chained per session, so the
 * list holds the events in that order whatever the connections do. The replica that runs a session also keeps them in
 * memory, and serves them from there while Redis is away.
 */
@ApplicationScoped
public class SessionEvents {

    private static final Logger LOG = Logger.getLogger(SessionEvents.class);
    private static final Duration REDIS_WAIT = Duration.ofMillis(500);
    private static final Duration LOCAL_RETENTION = Duration.ofMinutes(2);

    /** One event as clients see it. */
    public record Event(long id, String name, String data) {

        public boolean terminal() {
            return SessionEvent.Type.COMPLETE.wireName()
                    .equals(name)
                    || SessionEvent.Type.ERROR.wireName()
                            .equals(name);
        }
    }

    /** Carries the id of a session whenever one of its events reached Redis, to every replica. */
    private static final String CHANNEL = "lottery:session-events";

    private final ReactiveListCommands<String, String> lists;
    private final ReactiveKeyCommands<String> keys;
    private final ReactivePubSubCommands<String> pubsub;
    /** The status streams this replica serves, by session, waiting to be told of new events. */
    private final Map<String, Set<Follower>> followers = new ConcurrentHashMap<>();
    private final ObjectMapper json;
    private final SessionsConfig config;
    private final Map<String, LocalLog> local = new ConcurrentHashMap<>();

    /** What this replica published for one session, and the tail of its chain of Redis writes. */
    private static final class LocalLog {
        final List<Event> events = new CopyOnWriteArrayList<>();
        /** Entries published but not yet handed to Redis: the next push writes them together. */
        final List<String> unsent = new ArrayList<>();
        CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);
        long finishedAt;
    }

    SessionEvents(ReactiveRedisDataSource redis, ObjectMapper json, SessionsConfig config) {
        this.lists = redis.list(String.class);
        this.keys = redis.key();
        this.pubsub = redis.pubsub(String.class);
        this.json = json;
        this.config = config;
    }

    void listen(@Observes StartupEvent start) {
        pubsub.subscribe(CHANNEL, this::wake)
                .subscribe()
                .with(subscriber -> LOG.debug("listening for session events"),
                        failure -> LOG.warnf("events of other replicas reach this one's streams only by polling: %s",
                                failure.toString()));
    }

    /** Tells this replica's streams of the session that it has new events. */
    private void wake(String sessionId) {
        Set<Follower> waiting = followers.get(sessionId);
        if (waiting != null) {
            waiting.forEach(Follower::wake);
        }
    }

    /**
     * Appends an event; the id is the session's next one. Safe from any thread; returns at once.
     *
     * @return the event's id
     */
    public long publish(String sessionId, SessionEvent payload) {
        String name = payload.type()
                .wireName();
        LocalLog log = local.computeIfAbsent(sessionId, id -> new LocalLog());
        synchronized (log) {
            long id = log.events.size() + 1L;
            String data = write(payload);
            Event event = new Event(id, name, data);
            log.events.add(event);
            ObjectNode stored = json.createObjectNode();
            stored.put("id", id);
            stored.put("event", name);
            stored.set("data", read(data));
            String entry = stored.toString();
            log.unsent.add(entry);
            if (log.unsent.size() == 1) {
                // Events published while this push waits for the one before ride with it: one RPUSH, one EXPIRE and
                // one PUBLISH for all of them (a set served from the design library publishes a dozen at once).
                log.tail = log.tail.thenCompose(ignored -> push(sessionId, log));
            }
            if (event.terminal()) {
                log.finishedAt = System.nanoTime();
            }
            // This replica's own streams need no notification: they read the event from memory if Redis is behind.
            wake(sessionId);
            return id;
        }
    }

    /** Appends the unsent entries to the session's Redis list in one command, then tells every replica. */
    private CompletableFuture<Void> push(String sessionId, LocalLog log) {
        String[] entries;
        synchronized (log) {
            entries = log.unsent.toArray(String[]::new);
            log.unsent.clear();
        }
        return lists.rpush(key(sessionId), entries)
                .call(() -> keys.expire(key(sessionId), config.eventTtl()))
                .call(() -> pubsub.publish(CHANNEL, sessionId))
                .ifNoItem()
                .after(REDIS_WAIT)
                .fail()
                .onFailure()
                .invoke(failure -> LOG.debugf("%d events of %s not shared through Redis: %s", entries.length, sessionId,
                        failure.toString()))
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid()
                .subscribeAsCompletionStage()
                .whenComplete((ignored, failure) -> wake(sessionId));
    }

    /** Waits until every event published so far has reached Redis (or failed to). */
    public Uni<Void> flushed(String sessionId) {
        LocalLog log = local.get(sessionId);
        if (log == null) {
            return Uni.createFrom()
                    .voidItem();
        }
        CompletableFuture<Void> tail;
        synchronized (log) {
            tail = log.tail;
        }
        return Uni.createFrom()
                .completionStage(tail);
    }

    /**
     * The session's events after {@code after}, then every new one until a terminal event. New events are pushed: the
     * stream reads when it is told of one (a Redis notification, or the replica's own publishing), and only every
     * poll interval otherwise, in case a notification was lost. Once 27 reads a second per stream, now one per event
     * plus one a second. While nothing arrives, {@code orphaned} is asked every few seconds whether the session ended
     * without its events (its replica died, or its events expired); its event, if any, ends the stream.
     */
    public Multi<Event> follow(String sessionId, long after, Supplier<Uni<Event>> orphaned) {
        return Multi.createFrom()
                .emitter(emitter -> {
                    Follower follower = new Follower(sessionId, after, orphaned, emitter);
                    followers.computeIfAbsent(sessionId, id -> ConcurrentHashMap.newKeySet())
                            .add(follower);
                    emitter.onTermination(() -> followers.computeIfPresent(sessionId, (id, set) -> {
                        set.remove(follower);
                        return set.isEmpty() ? null : set;
                    }));
                    follower.wake();
                });
    }

    /** Events stored so far after {@code after}: from Redis, or from this replica's memory when Redis is away. */
    public Uni<List<Event>> read(String sessionId, long after) {
        return lists.lrange(key(sessionId), after, -1)
                .ifNoItem()
                .after(REDIS_WAIT)
                .fail()
                .map(entries -> {
                    List<Event> events = new ArrayList<>();
                    for (String entry : entries) {
                        JsonNode node = read(entry);
                        events.add(new Event(node.get("id")
                                .asLong(),
                                node.get("event")
                                        .asText(),
                                node.get("data")
                                        .toString()));
                    }
                    // Redis may have missed events this replica still holds (it was away for a while).
                    List<Event> mine = localAfter(sessionId, after);
                    return mine.size() > events.size() ? mine : events;
                })
                .onFailure()
                .recoverWithItem(() -> localAfter(sessionId, after));
    }

    /** Drops this replica's copy of a session's events, leaving Redis as it is. */
    public void forget(String sessionId) {
        local.remove(sessionId);
    }

    /** Forgets a session: its Redis list and this replica's copy (GDPR deletion). */
    public Uni<Void> delete(String sessionId) {
        local.remove(sessionId);
        return keys.del(key(sessionId))
                .ifNoItem()
                .after(REDIS_WAIT)
                .fail()
                .onFailure()
                .recoverWithNull()
                .replaceWithVoid();
    }

    /**
     * Drops this replica's copies of sessions finished more than two minutes ago (or the event TTL, if shorter):
     * Redis keeps them for late clients, and under load the copies would otherwise hold an hour of sessions.
     */
    public void forgetFinished() {
        long now = System.nanoTime();
        long retention = Math.min(LOCAL_RETENTION.toNanos(), config.eventTtl()
                .toNanos());
        local.entrySet()
                .removeIf(entry -> entry.getValue().finishedAt != 0 && now - entry.getValue().finishedAt > retention);
    }

    private List<Event> localAfter(String sessionId, long after) {
        LocalLog log = local.get(sessionId);
        if (log == null) {
            return List.of();
        }
        List<Event> events = log.events;
        return after >= events.size() ? List.of() : List.copyOf(events.subList((int) after, events.size()));
    }

    private static String key(String sessionId) {
        return "lottery:session:" + sessionId + ":events";
    }

    private String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an event could not be written as JSON", e);
        }
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored event is not JSON", e);
        }
    }

    /**
     * One status stream: reads new events when woken, or when its fallback poll comes, until a terminal one. One read
     * at a time; a wake during a read makes another read follow it, so no event is missed.
     */
    private final class Follower {

        /** Idle polls between two questions to {@code orphaned}: about 2 s at the default interval. */
        private static final int ORPHAN_CHECK_POLLS = 2;

        private final String sessionId;
        private final Supplier<Uni<Event>> orphaned;
        private final MultiEmitter<? super Event> emitter;
        private final AtomicBoolean reading = new AtomicBoolean();
        private final AtomicBoolean woken = new AtomicBoolean();
        /** Only the latest scheduled fallback poll counts; earlier ones find it moved on. */
        private final AtomicLong fallback = new AtomicLong();
        private long last;
        private int idle;

        Follower(String sessionId, long after, Supplier<Uni<Event>> orphaned, MultiEmitter<? super Event> emitter) {
            this.sessionId = sessionId;
            this.last = after;
            this.orphaned = orphaned;
            this.emitter = emitter;
        }

        void wake() {
            woken.set(true);
            readIfIdle(false);
        }

        private void readIfIdle(boolean polled) {
            if (emitter.isCancelled() || !reading.compareAndSet(false, true)) {
                return;
            }
            woken.set(false);
            read(sessionId, last).subscribe()
                    .with(events -> {
                        for (Event event : events) {
                            if (event.id() <= last) {
                                continue;
                            }
                            emitter.emit(event);
                            last = event.id();
                            if (event.terminal()) {
                                emitter.complete();
                                return;
                            }
                        }
                        reading.set(false);
                        if (woken.get()) {
                            readIfIdle(false);
                            return;
                        }
                        idle = events.isEmpty() && polled ? idle + 1 : events.isEmpty() ? idle : 0;
                        if (polled && idle > 0 && idle % ORPHAN_CHECK_POLLS == 0) {
                            checkOrphaned();
                        } else {
                            later();
                        }
                    }, emitter::fail);
        }

        private void checkOrphaned() {
            orphaned.get()
                    .subscribe()
                    .with(event -> {
                        if (event != null) {
                            emitter.emit(new Event(last + 1, event.name(), event.data()));
                            emitter.complete();
                        } else {
                            later();
                        }
                    }, emitter::fail);
        }

        private void later() {
            long token = fallback.incrementAndGet();
            Uni.createFrom()
                    .voidItem()
                    .onItem()
                    .delayIt()
                    .by(config.pollInterval())
                    .subscribe()
                    .with(ignored -> {
                        if (fallback.get() == token) {
                            readIfIdle(true);
                        }
                    }, emitter::fail);
        }
    }
}
