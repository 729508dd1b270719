package org.lotteryengine.platform.config;

/**
 * Defaults that are not obvious from their key alone.
 */
final class ConfigDefaults {

    // The spec's efficiency multipliers, kept only as preference weights (see ../shared/spec/NOTES.md).
    static final String HOT_PREFERENCE_WEIGHT = "2.11";
    static final String WARM_PREFERENCE_WEIGHT = "1.5";
    static final String COLD_PREFERENCE_WEIGHT = "0.8";
    static final String UNKNOWN_PREFERENCE_WEIGHT = "1.0";

    private ConfigDefaults() {
    }
}
