package org.lotteryengine.generation.service;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.lotteryengine.engine.generation.GenerationControl;
import org.lotteryengine.platform.config.SessionsConfig;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.keys.ReactiveKeyCommands;
import io.quarkus.redis.datasource.pubsub.ReactivePubSubCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * The controls of the generations this replica runs, and the way to reach those of other replicas: cancel and extend
 * requests go to every replica over a Redis channel, and the one running the session applies them. Running sessions
 * also keep a heartbeat in Redis, renewed by a timer of the replica, so that a session whose replica died can be told
 * from one still queued or running.
 */
@ApplicationScoped
public class SessionControls {

    private static final Logger LOG = Logger.getLogger(SessionControls.class);
    private static final String CHANNEL = "lottery:session-control";
    private static final Duration REDIS_WAIT = Duration.ofMillis(500);

    private final Map<String, GenerationControl> running = new ConcurrentHashMap<>();
    /** Marks this replica's own messages, which it applied before sending. */
    private final String origin = UUID.randomUUID()
            .toString();
    private final ReactivePubSubCommands<String> pubsub;
    private final ReactiveValueCommands<String, String> values;
    private final ReactiveKeyCommands<String> keys;
    private final SessionsConfig config;
    private final Vertx vertx;
    private long heartbeats = -1;

    SessionControls(ReactiveRedisDataSource redis, SessionsConfig config, Vertx vertx) {
        this.pubsub = redis.pubsub(String.class);
        this.values = redis.value(String.class);
        this.keys = redis.key();
        this.config = config;
        this.vertx = vertx;
    }

    /**
     * The replica renews the heartbeat of every session it holds, queued or running, three times per TTL: a session
     * waiting for an engine thread, or in an attempt that takes seconds, is never taken for one whose replica died.
     */
    void startHeartbeats(@Observes StartupEvent start) {
        long period = Math.max(100, config.heartbeatTtl()
                .toMillis() / 3);
        heartbeats = vertx.setPeriodic(period, tick -> running.keySet()
                .forEach(this::heartbeat));
    }

    void stopHeartbeats(@Observes ShutdownEvent stop) {
        vertx.cancelTimer(heartbeats);
    }

    void subscribe(@Observes StartupEvent start) {
        pubsub.subscribe(CHANNEL, this::received)
                .subscribe()
                .with(subscriber -> LOG.debug("listening for session controls"),
                        failure -> LOG.warnf("session controls of other replicas will not reach this one: %s",
                                failure.toString()));
    }

    /** Registers a generation that is queued here; its heartbeat starts now and lasts until it is finished. */
    public GenerationControl register(String sessionId) {
        GenerationControl control = new GenerationControl();
        running.put(sessionId, control);
        heartbeat(sessionId);
        return control;
    }

    /** Forgets a generation that ended here. */
    public void finished(String sessionId) {
        running.remove(sessionId);
        guarded(keys.del(heartbeatKey(sessionId))).subscribe()
                .with(ignored -> {
                });
    }

    /** Generations running on this replica. */
    public int runningHere() {
        return running.size();
    }

    /** Renews a session's heartbeat; best effort, returns at once. */
    public void heartbeat(String sessionId) {
        guarded(values.setex(heartbeatKey(sessionId), Math.max(1, config.heartbeatTtl()
                .toSeconds()), "1")).subscribe()
                .with(ignored -> {
                });
    }

    /**
     * Whether the session's replica is alive: true or false from Redis, null when Redis cannot say.
     */
    public Uni<Boolean> alive(String sessionId) {
        if (running.containsKey(sessionId)) {
            return Uni.createFrom()
                    .item(true);
        }
        return keys.exists(heartbeatKey(sessionId))
                .ifNoItem()
                .after(REDIS_WAIT)
                .fail()
                .onFailure()
                .recoverWithNull();
    }

    /** Asks the session's generation, wherever it runs, to stop improving and return its best set. */
    public Uni<Void> cancel(String sessionId) {
        return send("cancel " + sessionId);
    }

    /**
     * Stops the session's generation at once, wherever it runs, queued or running, without a result: its session is
     * being deleted.
     */
    public Uni<Void> abandon(String sessionId) {
        return send("abandon " + sessionId);
    }

    /** Gives the session's generation more time, wherever it runs (capped at the configured maximum). */
    public Uni<Void> extend(String sessionId, long milliseconds) {
        return send("extend " + sessionId + " " + milliseconds);
    }

    private Uni<Void> send(String message) {
        // Applied here at once, so that this replica never depends on Redis for its own sessions.
        apply(message);
        return guarded(pubsub.publish(CHANNEL, origin + " " + message)).replaceWithVoid();
    }

    private void received(String message) {
        int space = message.indexOf(' ');
        if (space > 0 && !message.substring(0, space)
                .equals(origin)) {
            apply(message.substring(space + 1));
        }
    }

    private void apply(String message) {
        String[] parts = message.split(" ");
        GenerationControl control = parts.length >= 2 ? running.get(parts[1]) : null;
        if (control == null) {
            return;
        }
        if (parts[0].equals("cancel")) {
            control.cancel();
        } else if (parts[0].equals("abandon")) {
            control.abandon();
        } else if (parts[0].equals("extend") && parts.length == 3) {
            control.extend(Long.parseLong(parts[2]));
        }
    }

    private static String heartbeatKey(String sessionId) {
        return "lottery:session:" + sessionId + ":alive";
    }

    private static <T> Uni<T> guarded(Uni<T> redisCall) {
        return redisCall.ifNoItem()
                .after(REDIS_WAIT)
                .fail()
                .onFailure()
                .invoke(failure -> LOG.debugf("session control not shared through Redis: %s", failure.toString()))
                .onFailure()
                .recoverWithNull();
    }
}
