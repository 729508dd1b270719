package org.lotteryengine.config;

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
}
