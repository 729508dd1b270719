package org.lotteryengine.clients.repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.lotteryengine.clients.repository.entity.ApiKeyEntity;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/**
 * API keys, looked up by the hash of the key a request carries.
 */
@ApplicationScoped
@WithSession
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKeyEntity, UUID> {

    /** The key with this hash, unless it was revoked. */
    public Uni<Optional<ApiKeyEntity>> findUsable(String keyHash) {
        return find("keyHash = ?1 and revokedAt is null", keyHash)
                .firstResult()
                .map(Optional::ofNullable);
    }

    /** Every key ever issued, revoked ones included, oldest first. */
    public Uni<List<ApiKeyEntity>> listAll() {
        return listAll(Sort.by("createdAt"));
    }
}
