package org.lotteryengine.lotteries.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.lotteries.repository.entity.LotteryConfigurationEntity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Lottery games, found by their path-safe id or their display name.
 */
@ApplicationScoped
@WithSession
public class LotteryConfigurationRepository implements PanacheRepositoryBase<LotteryConfigurationEntity, String> {

    /**
     * The game whose id or name is the given text: clients use ids in URLs ({@code 5-35}) and names in bodies
     * ({@code 5/35}).
     */
    public Uni<Optional<LotteryConfigurationEntity>> findByIdOrName(String idOrName) {
        return find("id = ?1 or name = ?1", idOrName)
                .firstResult()
                .map(Optional::ofNullable);
    }

    /**
     * Waits for, then holds until the transaction ends, the lock on creating games: a PostgreSQL advisory lock, shared
     * by all replicas.
     */
    public Uni<Void> lockCreation() {
        return getSession().chain(session -> session.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock("
                + CREATION_LOCK + ")", Integer.class)
                .getSingleResult())
                .replaceWithVoid();
    }

    /** Key of the creation lock (pg_advisory_xact_lock(bigint)): "LTGAMES". */
    private static final long CREATION_LOCK = 0x4C5447414D4553L;

    /** Every game, ordered by id. */
    public Uni<List<LotteryConfigurationEntity>> listOrdered() {
        return list("order by id");
    }

    /** How many sessions the game has, and how many of them are active: {active, all}. */
    public Uni<long[]> sessionCounts(String lotteryId) {
        return getSession().chain(session -> session.createNativeQuery(
                "SELECT count(*) FILTER (WHERE status = 'active'), count(*) FROM user_sessions WHERE lottery_config_id = ?1",
                Object[].class)
                .setParameter(1, lotteryId)
                .getSingleResult())
                .map(row -> new long[] { ((Number) row[0]).longValue(), ((Number) row[1]).longValue() });
    }

    /**
     * Deletes the game and everything of it: draws, analysis rows, sessions (their sets, tickets and attempts
     * cascade) and prizes (cascade). Run inside the caller's transaction.
     */
    public Uni<Void> deleteWithEverything(String lotteryId) {
        return getSession().chain(session -> {
            Uni<Integer> chain = Uni.createFrom()
                    .item(0);
            for (String table : new String[] { "draws", "pattern_groups", "hot_numbers", "proven_combinations",
                    "user_sessions", "lottery_configurations" }) {
                String column = table.equals("lottery_configurations") ? "id" : "lottery_config_id";
                chain = chain.chain(() -> session.createNativeQuery("DELETE FROM " + table + " WHERE " + column
                        + " = ?1")
                        .setParameter(1, lotteryId)
                        .executeUpdate());
            }
            return chain.replaceWithVoid();
        });
    }
}
