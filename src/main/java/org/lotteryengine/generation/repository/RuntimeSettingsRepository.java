package org.lotteryengine.generation.repository;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Settings changed at run time (V12), shared by the replicas, with the history of every change.
 */
@ApplicationScoped
public class RuntimeSettingsRepository {

    private final Pool pool;

    RuntimeSettingsRepository(Pool pool) {
        this.pool = pool;
    }

    /** The revision of the settings: the id of the last change, 0 before any. */
    public Uni<Long> revision() {
        return pool.query("SELECT coalesce(max(id), 0) FROM runtime_settings_history")
                .execute()
                .map(rows -> rows.iterator()
                        .next()
                        .getLong(0));
    }

    /** Every setting changed at run time. */
    public Uni<List<Stored>> all() {
        return pool.query("SELECT name, value, revision, changed_by, changed_at FROM runtime_settings ORDER BY name")
                .execute()
                .map(rows -> {
                    List<Stored> stored = new ArrayList<>();
                    for (Row row : rows) {
                        stored.add(new Stored(row.getString(0), (JsonObject) row.getValue(1), row.getLong(2), row
                                .getString(3), instant(row.getOffsetDateTime(4))));
                    }
                    return stored;
                });
    }

    /**
     * Records a change, or a revert to the configured values ({@code value} null), in one transaction with its
     * history row, and drops the history rows older than {@code keep}. The newest row, whose id is the revision the
     * replicas poll, is never dropped; a setting in force keeps its values, author and time in its own row.
     *
     * @return the new revision
     */
    public Uni<Long> change(String name, JsonObject value, String changedBy, Duration keep) {
        return pool.withTransaction(connection -> connection.preparedQuery(
                "INSERT INTO runtime_settings_history (name, value, changed_by) VALUES ($1, $2, $3) RETURNING id")
                .execute(Tuple.of(name, value, changedBy))
                .map(rows -> rows.iterator()
                        .next()
                        .getLong(0))
                .call(revision -> value == null
                        ? connection.preparedQuery("DELETE FROM runtime_settings WHERE name = $1")
                                .execute(Tuple.of(name))
                        : connection.preparedQuery("""
                                INSERT INTO runtime_settings (name, value, revision, changed_by) VALUES ($1, $2, $3, $4)
                                ON CONFLICT (name) DO UPDATE SET value = excluded.value, revision = excluded.revision,
                                    changed_by = excluded.changed_by, changed_at = now()""")
                                .execute(Tuple.of(name, value, revision, changedBy)))
                .call(revision -> connection.preparedQuery("""
                        DELETE FROM runtime_settings_history
                        WHERE id < $1 AND changed_at < now() - make_interval(secs => $2)""")
                        .execute(Tuple.of(revision, (double) keep.toSeconds()))));
    }

    /** The last changes, newest first. */
    public Uni<List<Change>> history(int limit) {
        return pool.preparedQuery("""
                SELECT id, name, value, changed_by, changed_at FROM runtime_settings_history
                ORDER BY id DESC LIMIT $1""")
                .execute(Tuple.of(limit))
                .map(rows -> {
                    List<Change> changes = new ArrayList<>();
                    for (Row row : rows) {
                        JsonObject value = (JsonObject) row.getValue(2);
                        changes.add(new Change(row.getLong(0), row.getString(1), value == null ? null : value.getMap(),
                                row.getString(3), instant(row.getOffsetDateTime(4))));
                    }
                    return changes;
                });
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    /** A setting as stored: all of its values. */
    public record Stored(String name, JsonObject value, long revision, String changedBy, Instant changedAt) {
    }

    /**
     * One change.
     *
     * @param value the values set, or null for a revert to the configured ones
     */
    public record Change(long revision, String name, java.util.Map<String, Object> value, String changedBy,
            Instant changedAt) {
    }
}
