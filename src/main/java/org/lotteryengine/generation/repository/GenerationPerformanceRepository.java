package org.lotteryengine.generation.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.generation.repository.entity.GenerationPerformanceEntity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Per-attempt records of generations.
 */
@ApplicationScoped
@WithSession
public class GenerationPerformanceRepository implements PanacheRepositoryBase<GenerationPerformanceEntity, UUID> {

    /** The attempts of one session, in order. */
    public Uni<List<GenerationPerformanceEntity>> listBySession(UUID sessionRowId) {
        return list("sessionId = ?1 order by attemptNumber", sessionRowId);
    }
}
