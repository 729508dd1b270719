package org.lotteryengine.evaluation.repository;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.engine.wheel.WheelRequirement;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The wheel designs (V6): the smallest abstract design found per requirement. A design replaces the stored one only
 * with fewer tickets, decided by PostgreSQL in the upsert (a compare-and-set), so replicas never undo each other.
 */
@ApplicationScoped
public class WheelDesignRepository {

    private static final String FIND = "SELECT tickets, search_ms, revision FROM wheel_designs WHERE points = $1"
            + " AND ticket_size = $2 AND drawn_in_pool = $3 AND matches = $4";
    private static final String OFFER = "INSERT INTO wheel_designs (points, ticket_size, drawn_in_pool, matches,"
            + " tickets, ticket_count, search_ms) VALUES ($1, $2, $3, $4, $5, $6, $7)"
            + " ON CONFLICT (points, ticket_size, drawn_in_pool, matches) DO UPDATE SET tickets = EXCLUDED.tickets,"
            + " ticket_count = EXCLUDED.ticket_count, search_ms = wheel_designs.search_ms + EXCLUDED.search_ms,"
            + " revision = wheel_designs.revision + 1, found_at = now()"
            + " WHERE EXCLUDED.ticket_count < wheel_designs.ticket_count RETURNING revision";

    private static final String CLAIM = "UPDATE wheel_designs SET claimed_by = $1,"
            + " claimed_until = now() + $2 * interval '1 millisecond' WHERE (points, ticket_size, drawn_in_pool, matches)"
            + " = (SELECT points, ticket_size, drawn_in_pool, matches FROM wheel_designs WHERE background_ms < $3"
            + " AND (claimed_until IS NULL OR claimed_until < now()) ORDER BY background_ms, ticket_count DESC LIMIT 1"
            + " FOR UPDATE SKIP LOCKED) RETURNING points, ticket_size, drawn_in_pool, matches, tickets, background_ms";
    private static final String RELEASE = "UPDATE wheel_designs SET background_ms = background_ms + $5,"
            + " claimed_by = NULL, claimed_until = NULL WHERE points = $1 AND ticket_size = $2 AND drawn_in_pool = $3"
            + " AND matches = $4 AND claimed_by = $6";

    /** A design leased for a background search, with the background search it has had. */
    public record Claim(WheelRequirement requirement, long[] tickets, long backgroundMs) {
    }

    /** A stored design: its tickets as masks over the points 0..v-1. */
    public record StoredWheel(long[] tickets, long searchMs, int revision) {
    }

    private final Pool pool;

    WheelDesignRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Optional<StoredWheel>> find(WheelRequirement requirement) {
        return pool.preparedQuery(FIND)
                .execute(key(requirement))
                .map(rows -> {
                    var iterator = rows.iterator();
                    if (!iterator.hasNext()) {
                        return Optional.empty();
                    }
                    Row row = iterator.next();
                    return Optional.of(new StoredWheel(tickets(row), row.getLong("search_ms"), row.getInteger(
                            "revision")));
                });
    }

    /**
     * Leases the design with the least background search so far (the largest first among equals), if one has had less
     * than {@code maxBackgroundMs} and no other replica holds it.
     */
    public Uni<Optional<Claim>> claim(String replica, Duration lease, long maxBackgroundMs) {
        return pool.preparedQuery(CLAIM)
                .execute(Tuple.of(replica, lease.toMillis(), maxBackgroundMs))
                .map(rows -> {
                    var iterator = rows.iterator();
                    if (!iterator.hasNext()) {
                        return Optional.empty();
                    }
                    Row row = iterator.next();
                    return Optional.of(new Claim(new WheelRequirement(row.getInteger("points"), row.getInteger(
                            "ticket_size"), row.getInteger("drawn_in_pool"), row.getInteger("matches")), tickets(row),
                            row.getLong("background_ms")));
                });
    }

    /** Ends this replica's lease and adds the time its search took. */
    public Uni<Void> release(WheelRequirement requirement, String replica, long searchedMs) {
        Tuple tuple = key(requirement);
        tuple.addValue(searchedMs);
        tuple.addValue(replica);
        return pool.preparedQuery(RELEASE)
                .execute(tuple)
                .replaceWithVoid();
    }

    private static long[] tickets(Row row) {
        Long[] boxed = row.getArrayOfLongs("tickets");
        long[] tickets = new long[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            tickets[i] = boxed[i];
        }
        return tickets;
    }

    /** Stores the design if the requirement has none or a larger one; the stored revision, else empty. */
    public Uni<Optional<Integer>> offer(WheelRequirement requirement, long[] tickets, long searchMs) {
        Long[] boxed = new Long[tickets.length];
        for (int i = 0; i < tickets.length; i++) {
            boxed[i] = tickets[i];
        }
        Tuple tuple = key(requirement);
        tuple.addArrayOfLong(boxed);
        tuple.addValue(tickets.length);
        tuple.addValue(searchMs);
        return pool.preparedQuery(OFFER)
                .execute(tuple)
                .map(rows -> {
                    var iterator = rows.iterator();
                    return iterator.hasNext() ? Optional.of(iterator.next()
                            .getInteger(0)) : Optional.<Integer> empty();
                });
    }

    private static Tuple key(WheelRequirement requirement) {
        return Tuple.of(requirement.points(), requirement.ticketSize(), requirement.drawnInPool(), requirement
                .matches());
    }
}
