package org.lotteryengine.draws.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.draws.repository.entity.ProvenCombinationEntity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Pairs and triplets observed together in the draw history.
 */
@ApplicationScoped
@WithSession
public class ProvenCombinationRepository implements PanacheRepositoryBase<ProvenCombinationEntity, UUID> {

    /** The pairs or triplets of one game, most frequent first. */
    public Uni<List<ProvenCombinationEntity>> listByLottery(String lotteryConfigId, String combinationType) {
        return list("lotteryConfigId = ?1 and combinationType = ?2 order by frequency desc", lotteryConfigId,
                combinationType);
    }
}
