package org.lotteryengine.generation.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Writes a session's result in one transaction of the reactive SQL client: the session's final state, the set, its
 * tickets and its attempts, four statements whatever the number of rows. Through Hibernate the same write was one
 * INSERT per row, which cost a stored 100-ticket set most of its time (BENCHMARKS.md).
 */
@ApplicationScoped
public class SessionResultRepository {

    // Only an active session finishes: one marked interrupted (its replica seemed dead) stays so, and a late result is
    // refused rather than flipping its state.
    private static final String FINISH_SESSION = "UPDATE user_sessions SET status = $1, updated_at = now() WHERE id = $2"
            + " AND status = 'active'";
    private static final String INSERT_SET = "INSERT INTO generated_ticket_sets (session_id, status,"
            + " generation_attempts, generation_time_ms, stopping_reason, overall_quality, quality_grade,"
            + " pattern_hot_coverage, pattern_warm_coverage, pattern_cold_coverage, pattern_efficiency,"
            + " expected_tier3_wins, expected_tier4_wins, expected_tier5_wins, result)"
            // The document is sent as text and cast by the server: it is already JSON, written once.
            + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15::text::jsonb) RETURNING id";
    // Each row set is one statement: its columns sent as arrays and unnested by the server. A batch of one INSERT per
    // row cost PostgreSQL about 14 ms of CPU for a 50-ticket set (one execution per row); see BENCHMARKS.md.
    private static final String INSERT_TICKETS = "INSERT INTO lottery_tickets (ticket_set_id, ticket_index, numbers,"
            + " pattern, pattern_group, generation_strategy, quality_score, expected_matches, bonus_numbers)"
            + " SELECT $1, r.i::integer, r.n::integer[], r.p, r.g, r.s, r.q::numeric, r.e::numeric, r.b::integer[]"
            + " FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],"
            + " $9::text[]) AS r(i, n, p, g, s, q, e, b)";
    private static final String INSERT_ATTEMPTS = "INSERT INTO generation_performance (session_id, attempt_number,"
            + " quality_score, pattern_hot_coverage, pattern_diversity_score, time_elapsed_ms, threshold_status)"
            + " SELECT $1, r.a::integer, r.q::numeric, r.h::numeric, r.d::numeric, r.t::integer, r.s::jsonb"
            + " FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])"
            + " AS r(a, q, h, d, t, s)";

    /**
     * A set's rows, without the ids the database gives them.
     *
     * @param set the generated_ticket_sets values after session_id, in the column order of the insert (the last one
     *        the JSON document)
     * @param tickets each ticket's lottery_tickets values after ticket_set_id, the bonus numbers last (null for none)
     * @param attempts each attempt's generation_performance values after session_id
     */
    public record SetRows(List<Object> set, List<List<Object>> tickets, List<List<Object>> attempts) {
    }

    private final Pool pool;

    SessionResultRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Stores the session's final state and its set (null for none) in one transaction.
     *
     * @return false when the session is no longer active (deleted, or marked interrupted meanwhile): nothing is
     *         written
     */
    public Uni<Boolean> finish(UUID sessionRowId, String sessionStatus, SetRows rows) {
        return pool.withTransaction(connection -> connection.preparedQuery(FINISH_SESSION)
                .execute(Tuple.of(sessionStatus, sessionRowId))
                .onItem()
                .transformToUni(updated -> {
                    if (updated.rowCount() == 0) {
                        return Uni.createFrom()
                                .item(false);
                    }
                    if (rows == null) {
                        return Uni.createFrom()
                                .item(true);
                    }
                    return insert(connection, sessionRowId, rows).replaceWith(true);
                }));
    }

    private static Uni<Void> insert(SqlConnection connection, UUID sessionRowId, SetRows rows) {
        return connection.preparedQuery(INSERT_SET)
                .execute(tuple(sessionRowId, rows.set()))
                .onItem()
                .transformToUni(inserted -> {
                    UUID setId = inserted.iterator()
                            .next()
                            .getUUID(0);
                    return unnested(connection, INSERT_TICKETS, setId, rows.tickets(), 8);
                })
                .chain(() -> unnested(connection, INSERT_ATTEMPTS, sessionRowId, rows.attempts(), 6));
    }

    /**
     * Inserts rows in one statement: each column as a text array (an {@code Integer[]} value as an array literal), cast
     * back by the statement.
     */
    private static Uni<Void> unnested(SqlConnection connection, String sql, UUID owner, List<List<Object>> rows,
            int columns) {
        if (rows.isEmpty()) {
            return Uni.createFrom()
                    .voidItem();
        }
        Tuple tuple = Tuple.tuple();
        tuple.addValue(owner);
        for (int column = 0; column < columns; column++) {
            String[] values = new String[rows.size()];
            for (int row = 0; row < rows.size(); row++) {
                values[row] = text(rows.get(row)
                        .get(column));
            }
            tuple.addArrayOfString(values);
        }
        return connection.preparedQuery(sql)
                .execute(tuple)
                .replaceWithVoid();
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Object[] array) {
            StringBuilder literal = new StringBuilder("{");
            for (int i = 0; i < array.length; i++) {
                literal.append(i == 0 ? "" : ",")
                        .append(array[i]);
            }
            return literal.append('}')
                    .toString();
        }
        if (value instanceof java.math.BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    private static Tuple tuple(UUID first, List<Object> rest) {
        Tuple tuple = Tuple.tuple();
        tuple.addValue(first);
        for (Object value : rest) {
            tuple.addValue(value);
        }
        return tuple;
    }
}
