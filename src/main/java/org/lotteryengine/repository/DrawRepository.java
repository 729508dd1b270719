package org.lotteryengine.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.repository.entity.DrawEntity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Real draw history, one row per draw.
 */
@ApplicationScoped
@WithSession
public class DrawRepository implements PanacheRepositoryBase<DrawEntity, UUID> {

    /** The draws of one game, oldest first. */
    public Uni<List<DrawEntity>> listByLottery(String lotteryConfigId) {
        return list("lotteryConfigId = ?1 order by drawDate, drawNumber", lotteryConfigId);
    }

    /** How many draws of one game are stored. */
    public Uni<Long> countByLottery(String lotteryConfigId) {
        return count("lotteryConfigId", lotteryConfigId);
    }
}
