package org.lotteryengine.platform.config;

import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Bounds on the games clients may create. Every game costs memory on every replica (its analysis, cached in Redis and
 * in each replica) and metric series, and is listed in every {@code GET /api/v2/lotteries}.
 */
@ConfigMapping(prefix = "lottery.games")
public interface GamesConfig {

    /** The most games the service holds, seeded ones included. */
    @WithDefault("100")
    @Positive
    int maxCount();

    /**
     * The most possible draws a new game may have: a larger game could be stored but never evaluated exactly, so no
     * figure of it could be shown.
     */
    @WithDefault("${lottery.engine.max-evaluated-draws:20000000}")
    @Positive
    long maxPossibleDraws();
}
