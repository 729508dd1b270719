package org.lotteryengine.platform.config;

import java.time.Duration;
import java.time.LocalDate;

import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * What an imported draw history may hold. Draws are shared data: every analysis and backtest of the game reads them,
 * so a row dated in the future or a history without end is refused at import.
 */
@ConfigMapping(prefix = "lottery.draws")
public interface DrawsConfig {

    /** No draw may be dated before this day. */
    @WithDefault("1900-01-01")
    LocalDate earliestDate();

    /**
     * No draw may be dated after today (UTC) plus this: a day covers a draw held this evening in a time zone ahead of
     * UTC.
     */
    @WithDefault("P1D")
    Duration futureSlack();

    /** The most draws one game may hold; rows beyond it are refused with their line and reason. */
    @WithDefault("100000")
    @Positive
    int maxPerGame();
}
