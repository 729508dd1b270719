package org.lotteryengine.platform.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Who the clients are: API keys issued by an administrator ({@code X-API-Key}), the admin token, and anonymous
 * clients counted by address.
 */
@ConfigMapping(prefix = "lottery.clients")
public interface ClientsConfig {

    /**
     * How long a replica trusts what it looked up about a key. A key revoked on one replica is refused there at once
     * and on the others within this time.
     */
    @WithDefault("PT30S")
    Duration keyCacheTtl();

    /** Whether clients without a key may generate (they are counted by address). */
    @WithDefault("true")
    boolean anonymousMayGenerate();

    /**
     * Generations one client may have queued or running at once, across replicas; beyond it, 429. Administrators are
     * held to it too.
     */
    @WithDefault("2")
    @Positive
    int maxActiveGenerations();

    /**
     * Addresses or CIDRs of the proxies in front of the service (an ingress controller, nginx) whose
     * {@code X-Forwarded-For} is believed. Unset, the default: the header is ignored and a client is the address it
     * connects from. Set, a client is the right-most address of the header that is not one of these proxies: the
     * one a trusted proxy saw connect. Everything to its left was written by the client and is never believed.
     */
    Optional<List<String>> trustedProxies();
}
