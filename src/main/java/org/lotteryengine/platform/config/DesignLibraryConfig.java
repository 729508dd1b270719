package org.lotteryengine.platform.config;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Positive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The design library (issue 4/7): stored ticket designs that answer requests by relabelling, and the background search
 * that improves them.
 */
@ConfigMapping(prefix = "lottery.design-library")
public interface DesignLibraryConfig {

    /** Whether requests are answered from stored designs, and searched sets stored; off, every request searches. */
    @WithDefault("true")
    boolean enabled();

    /**
     * How long a replica serves a design from memory before it reads the key again: how soon an improvement found by
     * another replica reaches it.
     */
    @WithDefault("PT5S")
    Duration cacheTtl();

    /** The background search. */
    Improver improver();

    interface Improver {

        /** Whether this replica improves stored designs in the background. */
        @WithDefault("true")
        boolean enabled();

        /**
         * Ticket counts either side of a requested key that the background search designs before anyone asks for them,
         * once no requested key is left to search; 0 designs none.
         */
        @WithDefault("2")
        @Min(0)
        int neighbours();

        /**
         * Whether the background search also looks for smaller wheel designs (in turn with the design library's keys,
         * one search at a time, within the same CPU share).
         */
        @WithDefault("true")
        boolean wheels();

        /**
         * The share of one core the background search may use while no request runs: it searches for a slice, then
         * rests so that slice is this share of the time.
         */
        @WithDefault("0.5")
        @DecimalMin(value = "0.0", inclusive = false)
        @DecimalMax("1.0")
        double cpuShare();

        /** Time of one background search of a key. */
        @WithDefault("PT10S")
        Duration searchTime();

        /** Total search after which a key is left as it is, its first search included. */
        @WithDefault("PT60S")
        Duration maxSearchPerKey();

        /** How long a claim on a key lasts: a replica that dies holding it frees it after this. */
        @WithDefault("PT2M")
        Duration lease();

        /** Rest between two looks for work when none was found. */
        @WithDefault("PT5S")
        Duration idleRest();

        /** Searches started per key at most, per look (a guard against a loop on a key that never improves). */
        @WithDefault("1")
        @Positive
        int searchesPerClaim();
    }
}
