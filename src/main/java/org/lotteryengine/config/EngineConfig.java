package org.lotteryengine.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Identity of the generation algorithm (spec 9.1 {@code lottery_engine.version}).
 */
@ConfigMapping(prefix = "lottery.engine")
public interface EngineConfig {

    /**
     * Version reported as {@code generation.algorithmVersion} in every result, so that stored sessions say which
     * algorithm produced them.
     */
    @WithDefault("2.1.0")
    @Pattern(regexp = "\\d+\\.\\d+\\.\\d+", message = "must be a semantic version such as 2.1.0")
    String version();

    /**
     * Largest game, in possible draws, that exact evaluation accepts: it takes 4 bytes per draw (6/49 has
     * 13,983,816 draws).
     */
    @WithDefault("20000000")
    @Min(1)
    @Max(Integer.MAX_VALUE - 8)
    long maxEvaluatedDraws();

    /**
     * Most tickets one evaluation or generation may hold (spec: 1-500).
     */
    @WithDefault("500")
    @Min(1)
    @Max(100_000)
    int maxTickets();
}
