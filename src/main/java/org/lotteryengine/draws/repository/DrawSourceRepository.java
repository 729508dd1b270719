package org.lotteryengine.draws.repository;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The replicas' shared record of each draw source (V10): its lease, so that one replica fetches a game at a time, and
 * what its last fetch did.
 */
@ApplicationScoped
public class DrawSourceRepository {

    private static final String CLAIM = """
            UPDATE draw_source_state
               SET lease_owner = $2, lease_until = now() + make_interval(secs => $3)
             WHERE lottery_config_id = $1
               AND (lease_until IS NULL OR lease_until < now())
               AND ($5 OR last_attempt_at IS NULL OR last_attempt_at <= now() - make_interval(secs => $4))
            RETURNING lottery_config_id""";
    private static final String RECORD = """
            UPDATE draw_source_state
               SET lease_owner = NULL, lease_until = NULL, last_attempt_at = now(), last_outcome = $3,
                   last_message = $4, last_stored = $5,
                   last_success_at = CASE WHEN $3 = 'success' THEN now() ELSE last_success_at END,
                   failures_in_a_row = CASE WHEN $3 = 'success' THEN 0 ELSE failures_in_a_row + 1 END
             WHERE lottery_config_id = $1 AND lease_owner = $2""";
    private static final String STATES = """
            SELECT lottery_config_id, last_attempt_at, last_success_at, last_outcome, last_message, last_stored,
                   failures_in_a_row, lease_until > now()
              FROM draw_source_state ORDER BY lottery_config_id""";

    private final Pool pool;

    DrawSourceRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Takes the game's lease for {@code lease} when no replica holds it and the source is due (its last attempt is at
     * least {@code every} ago) or {@code force}d.
     *
     * @return true when this replica may fetch now
     */
    public Uni<Boolean> claim(String lotteryId, String owner, Duration lease, Duration every, boolean force) {
        return pool.preparedQuery("INSERT INTO draw_source_state (lottery_config_id) VALUES ($1) ON CONFLICT DO NOTHING")
                .execute(Tuple.of(lotteryId))
                .chain(() -> pool.preparedQuery(CLAIM)
                        .execute(Tuple.of(lotteryId, owner, (double) lease.toMillis() / 1000, (double) every
                                .toMillis() / 1000, force)))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Releases the lease with what the fetch did. */
    public Uni<Void> record(String lotteryId, String owner, String outcome, String message, Integer stored) {
        return pool.preparedQuery(RECORD)
                .execute(Tuple.tuple()
                        .addString(lotteryId)
                        .addString(owner)
                        .addString(outcome)
                        .addString(message)
                        .addInteger(stored))
                .replaceWithVoid();
    }

    /** Every source's record, by game id. */
    public Uni<List<SourceState>> states() {
        return pool.query(STATES)
                .execute()
                .map(rows -> {
                    List<SourceState> states = new ArrayList<>();
                    for (Row row : rows) {
                        states.add(new SourceState(row.getString(0), instant(row.getOffsetDateTime(1)), instant(row
                                .getOffsetDateTime(2)), row.getString(3), row.getString(4), row.getInteger(5), row
                                        .getInteger(6),
                                Boolean.TRUE.equals(row.getBoolean(7))));
                    }
                    return states;
                });
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    /**
     * What a source's last fetch did.
     *
     * @param lastOutcome success, http_error, timeout, unreachable, too_large, invalid or unknown_game; null before the
     *        first fetch ends
     * @param fetching a replica holds the lease now
     */
    // Answered as JSON by an admin endpoint: the native image must keep its accessors.
    @RegisterForReflection
    public record SourceState(String lotteryId, Instant lastAttemptAt, Instant lastSuccessAt, String lastOutcome,
            String lastMessage, Integer lastStored, int failuresInARow, boolean fetching) {
    }
}
