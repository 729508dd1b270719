package org.lotteryengine.clients.service;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * An issued key as an administrator sees it: never the key itself, which is shown once, when issued.
 *
 * @param revokedAt when it was revoked; null while it is usable
 */
public record ApiKey(UUID id, String name, Set<Scope> scopes, ClientLimits limits, Instant createdAt,
        Instant revokedAt) {
}
