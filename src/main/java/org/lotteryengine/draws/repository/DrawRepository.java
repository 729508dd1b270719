package org.lotteryengine.draws.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.draws.repository.entity.DrawEntity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Real draw history, one row per draw. Bulk work (imports, loading a whole history) goes through the reactive SQL
 * client in batches; single rows through Panache.
 */
@ApplicationScoped
@WithSession
public class DrawRepository implements PanacheRepositoryBase<DrawEntity, UUID> {

    private static final String INSERT = "INSERT INTO draws (lottery_config_id, draw_date, draw_number, numbers,"
            + " bonus_numbers) VALUES ($1, $2, $3, $4, $5) ON CONFLICT ON CONSTRAINT uq_draws_config_date_number DO"
            + " NOTHING";
    private static final String SELECT = "SELECT draw_date, draw_number, numbers, bonus_numbers FROM draws"
            + " WHERE lottery_config_id = $1";

    private final Pool pool;

    DrawRepository(Pool pool) {
        this.pool = pool;
    }

    /** The draws of one game, oldest first. */
    public Uni<List<DrawEntity>> listByLottery(String lotteryConfigId) {
        return list("lotteryConfigId = ?1 order by drawDate, drawNumber", lotteryConfigId);
    }

    /** How many draws of one game are stored. */
    public Uni<Long> countByLottery(String lotteryConfigId) {
        return count("lotteryConfigId", lotteryConfigId);
    }

    /** One page of a game's draws, newest first. */
    public Uni<List<DrawEntity>> page(String lotteryConfigId, int page, int size) {
        return find("lotteryConfigId", Sort.descending("drawDate", "drawNumber"), lotteryConfigId).page(page, size)
                .list();
    }

    /** Deletes one draw of a game; true when it existed. */
    public Uni<Boolean> deleteOfLottery(UUID id, String lotteryConfigId) {
        return delete("id = ?1 and lotteryConfigId = ?2", id, lotteryConfigId).map(deleted -> deleted > 0);
    }

    /** Runs work in one database transaction of the reactive client. */
    public <T> Uni<T> inTransaction(Function<SqlConnection, Uni<T>> work) {
        return pool.withTransaction(work);
    }

    /** The stored draws of a game, keyed like {@link #key(LocalDate, Integer)}. */
    public Uni<Map<String, StoredDraw>> storedByKey(SqlConnection connection, String lotteryConfigId) {
        return connection.preparedQuery(SELECT)
                .execute(Tuple.of(lotteryConfigId))
                .map(rows -> {
                    Map<String, StoredDraw> stored = new HashMap<>();
                    for (Row row : rows) {
                        StoredDraw draw = stored(row);
                        stored.put(key(draw.date(), draw.drawNumber()), draw);
                    }
                    return stored;
                });
    }

    /** Inserts draws in one batch, skipping any already stored; returns how many were inserted. */
    public Uni<Integer> insertNew(SqlConnection connection, String lotteryConfigId, List<StoredDraw> draws) {
        if (draws.isEmpty()) {
            return Uni.createFrom()
                    .item(0);
        }
        List<Tuple> batch = new ArrayList<>(draws.size());
        for (StoredDraw draw : draws) {
            batch.add(Tuple.of(lotteryConfigId, draw.date(), draw.drawNumber(), boxed(draw.numbers()), draw
                    .bonus() == null ? null : boxed(draw.bonus())));
        }
        return connection.preparedQuery(INSERT)
                .executeBatch(batch)
                .map(result -> {
                    int inserted = 0;
                    for (var rows = result; rows != null; rows = rows.next()) {
                        inserted += rows.rowCount();
                    }
                    return inserted;
                });
    }

    /** Every draw of a game as (date, draw number, numbers, bonus numbers), oldest first, for analysis. */
    public Uni<List<StoredDraw>> loadHistory(String lotteryConfigId) {
        return pool.preparedQuery(SELECT + " ORDER BY draw_date, draw_number NULLS FIRST")
                .execute(Tuple.of(lotteryConfigId))
                .map(rows -> {
                    List<StoredDraw> history = new ArrayList<>(rows.size());
                    for (Row row : rows) {
                        history.add(stored(row));
                    }
                    return history;
                });
    }

    /** A stored draw; {@code bonus} is null for a k-of-n game. */
    public record StoredDraw(LocalDate date, Integer drawNumber, int[] numbers, int[] bonus) {

        /** The same numbers and bonus numbers (both stored sorted). */
        public boolean sameNumbers(int[] otherNumbers, int[] otherBonus) {
            return Arrays.equals(numbers, otherNumbers) && Arrays.equals(bonus, otherBonus);
        }
    }

    /** The identity of a draw within its game: its date and draw number. */
    public static String key(LocalDate date, Integer drawNumber) {
        return date + "#" + drawNumber;
    }

    private static StoredDraw stored(Row row) {
        return new StoredDraw(row.getLocalDate(0), row.getInteger(1), unboxed(row.getArrayOfIntegers(2)), unboxed(row
                .getArrayOfIntegers(3)));
    }

    private static int[] unboxed(Integer[] boxed) {
        if (boxed == null) {
            return null;
        }
        int[] numbers = new int[boxed.length];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = boxed[i];
        }
        return numbers;
    }

    private static Integer[] boxed(int[] numbers) {
        Integer[] boxed = new Integer[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            boxed[i] = numbers[i];
        }
        return boxed;
    }
}
