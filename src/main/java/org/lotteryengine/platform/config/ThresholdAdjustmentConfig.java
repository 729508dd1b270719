package org.lotteryengine.platform.config;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Spec 9.2's dynamic thresholds: while a tier's measured success rate (sets that met every threshold, over the last
 * {@code window} generations of the tier, on every replica) is below {@code success-rate-below}, its minimum
 * thresholds are multiplied by {@code factor}, once more for each further window that stays below, never below
 * {@code floor} times the configured value; a window at or above the rate resets them.
 */
@ConfigMapping(prefix = "lottery.threshold-adjustment")
public interface ThresholdAdjustmentConfig {

    @WithDefault("true")
    boolean enabled();

    /** Generations per window. */
    @WithDefault("20")
    @Min(1)
    @Max(1000)
    int window();

    /** The success rate below which thresholds are lowered (spec: 0.7). */
    @WithDefault("0.7")
    @DecimalMin("0.0")
    @DecimalMax("1.0")
    double successRateBelow();

    /** The multiplier of one step (spec: 0.95, thresholds 5% lower). */
    @WithDefault("0.95")
    @DecimalMin(value = "0.0", inclusive = false)
    @DecimalMax(value = "1.0", inclusive = false)
    double factor();

    /** The lowest total multiplier. */
    @WithDefault("0.85")
    @DecimalMin(value = "0.0", inclusive = false)
    @DecimalMax("1.0")
    double floor();

    /** How long a replica reuses a tier's measured rate before reading it again. */
    @WithDefault("PT5S")
    Duration refresh();
}
