package org.lotteryengine.generation.repository;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The outcomes of recent generations, as every replica stored them: what spec 9.2's dynamic thresholds measure.
 */
@ApplicationScoped
public class GenerationOutcomeRepository {

    private static final String RECENT = """
            SELECT t.status = 'success'
              FROM generated_ticket_sets t JOIN user_sessions s ON s.id = t.session_id
             WHERE s.target_tier = $1
             ORDER BY t.created_at DESC
             LIMIT $2""";

    private final Pool pool;

    GenerationOutcomeRepository(Pool pool) {
        this.pool = pool;
    }

    /** Whether each of the tier's last {@code limit} stored sets met every threshold, newest first. */
    public Uni<List<Boolean>> recentSuccesses(String targetTier, int limit) {
        return pool.preparedQuery(RECENT)
                .execute(Tuple.of(targetTier, limit))
                .map(rows -> {
                    List<Boolean> successes = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        successes.add(row.getBoolean(0));
                    }
                    return successes;
                });
    }
}
