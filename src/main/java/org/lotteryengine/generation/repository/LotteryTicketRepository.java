package org.lotteryengine.generation.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.generation.repository.entity.LotteryTicketEntity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Tickets of generated sets.
 */
@ApplicationScoped
@WithSession
public class LotteryTicketRepository implements PanacheRepositoryBase<LotteryTicketEntity, UUID> {

    /** The tickets of one set, in their order. */
    public Uni<List<LotteryTicketEntity>> listBySet(UUID ticketSetId) {
        return list("ticketSetId = ?1 order by ticketIndex", ticketSetId);
    }
}
