package org.lotteryengine.clients.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.platform.config.SessionsConfig;
import org.lotteryengine.platform.error.TooManyStreamsException;

/**
 * Status streams open per client on this replica, at most lottery.sessions.max-streams-per-client: a stream holds a
 * connection for as long as its generation runs, so one client could otherwise hold hundreds.
 */
@ApplicationScoped
public class StreamSlots {

    private final SessionsConfig config;
    private final Map<String, AtomicInteger> open = new ConcurrentHashMap<>();

    StreamSlots(SessionsConfig config) {
        this.config = config;
    }

    /**
     * Takes a slot for a new stream of the client; {@link #release(Client)} gives it back when the stream ends.
     *
     * @throws TooManyStreamsException (429) when the client holds every slot
     */
    public void acquire(Client client) {
        int max = config.maxStreamsPerClient();
        AtomicInteger held = open.computeIfAbsent(client.id(), id -> new AtomicInteger());
        if (held.incrementAndGet() > max) {
            release(client);
            throw new TooManyStreamsException(max);
        }
    }

    public void release(Client client) {
        open.computeIfPresent(client.id(), (id, held) -> held.decrementAndGet() <= 0 ? null : held);
    }

    /** Streams the client holds open here. */
    public int held(Client client) {
        AtomicInteger held = open.get(client.id());
        return held == null ? 0 : held.get();
    }
}
