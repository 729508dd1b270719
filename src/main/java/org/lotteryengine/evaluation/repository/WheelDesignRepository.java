package org.lotteryengine.evaluation.repository;

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
                    Long[] boxed = row.getArrayOfLongs("tickets");
                    long[] tickets = new long[boxed.length];
                    for (int i = 0; i < boxed.length; i++) {
                        tickets[i] = boxed[i];
                    }
                    return Optional.of(new StoredWheel(tickets, row.getLong("search_ms"), row.getInteger("revision")));
                });
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
