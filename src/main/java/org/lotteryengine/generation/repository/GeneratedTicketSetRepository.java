package org.lotteryengine.generation.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.generation.repository.entity.GeneratedTicketSetEntity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Results of sessions.
 */
@ApplicationScoped
@WithSession
public class GeneratedTicketSetRepository implements PanacheRepositoryBase<GeneratedTicketSetEntity, UUID> {

    /** The result of a session, by the session's row id. */
    public Uni<Optional<GeneratedTicketSetEntity>> findBySession(UUID sessionRowId) {
        return find("sessionId", sessionRowId)
                .firstResult()
                .map(Optional::ofNullable);
    }
}
