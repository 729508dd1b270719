package org.lotteryengine.platform.config;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Request limits per client (spec 14.2), counted in Redis so that every replica shares them; a replica counts alone
 * while Redis is away. The client is the {@code X-API-Key} header when present, else the remote address; both are
 * stored only as hashes.
 */
@ConfigMapping(prefix = "lottery.rate-limits")
public interface RateLimitConfig {

    /** Off: no limit is counted or enforced. */
    @WithDefault("true")
    boolean enabled();

    /** The window every limit counts over. */
    @WithDefault("PT1H")
    Duration window();

    /** POST /api/v2/generate-tickets per client and window. */
    @WithDefault("10")
    @Positive
    int generationRequests();

    /** Any /api/v2 request per client and window. */
    @WithDefault("1000")
    @Positive
    int apiRequests();

    /**
     * Start of every Redis key of the counters. Replicas that share limits share it; a test run uses one of its own
     * so that no earlier traffic from the same address counts against it.
     */
    @WithDefault("lottery:rate:")
    String keyPrefix();

    /** GET /api/v2/generation-status per client and window. */
    @WithDefault("600")
    @Positive
    int statusChecks();
}
