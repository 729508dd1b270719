package org.lotteryengine.generation.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.generation.repository.entity.UserSessionEntity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Generation sessions.
 */
@ApplicationScoped
@WithSession
public class UserSessionRepository implements PanacheRepositoryBase<UserSessionEntity, UUID> {

    /** The session with the id clients see. */
    public Uni<Optional<UserSessionEntity>> findBySessionId(String sessionId) {
        return find("sessionId", sessionId)
                .firstResult()
                .map(Optional::ofNullable);
    }
}
