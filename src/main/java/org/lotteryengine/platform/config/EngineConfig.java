package org.lotteryengine.platform.config;

import java.time.Duration;

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

    /** Short engine work (evaluations, analyses, file parsing) that may wait for a thread; beyond it, 503. */
    @WithDefault("200")
    @Min(1)
    int shortWorkQueue();

    /** The longest one exact evaluation of POST /api/v2/evaluate may run; beyond it, 504. */
    @WithDefault("PT10S")
    Duration evaluationTimeLimit();

    /**
     * The largest request, in possible draws times tickets, that a client without the admin scope may send to the
     * engine (evaluation or generation): the work of an exact evaluation grows with both. 5/35 with 500 tickets is
     * 162,316,000; 6/49 with 100 tickets is 1,398,381,600.
     */
    @WithDefault("2000000000")
    @Min(1)
    long maxRequestCost();
}
