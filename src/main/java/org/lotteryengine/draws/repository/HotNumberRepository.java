package org.lotteryengine.draws.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.draws.repository.entity.HotNumberEntity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Number frequencies computed from the draw history.
 */
@ApplicationScoped
@WithSession
public class HotNumberRepository implements PanacheRepositoryBase<HotNumberEntity, UUID> {

    /** The numbers of one game, most frequent first. */
    public Uni<List<HotNumberEntity>> listByLottery(String lotteryConfigId) {
        return list("lotteryConfigId = ?1 order by frequency desc, number", lotteryConfigId);
    }
}
