package org.lotteryengine.draws.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.draws.repository.entity.PatternGroupEntity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Pattern groups computed from the draw history.
 */
@ApplicationScoped
@WithSession
public class PatternGroupRepository implements PanacheRepositoryBase<PatternGroupEntity, UUID> {

    /** The grouped patterns of one game, most frequent first. */
    public Uni<List<PatternGroupEntity>> listByLottery(String lotteryConfigId) {
        return list("lotteryConfigId = ?1 order by frequency desc, pattern", lotteryConfigId);
    }
}
