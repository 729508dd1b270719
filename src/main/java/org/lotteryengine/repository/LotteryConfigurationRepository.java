package org.lotteryengine.repository;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.repository.entity.LotteryConfigurationEntity;

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

    /** Every game, ordered by id. */
    public Uni<List<LotteryConfigurationEntity>> listOrdered() {
        return list("order by id");
    }
}
