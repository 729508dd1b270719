package org.lotteryengine.engine.generation;

/**
 * Preference weights of the pattern groups in the patternEfficiency score (the spec's efficiency multipliers). They
 * express a preference between groups; they are not effects on odds, which no pattern has.
 */
public record PreferenceWeights(double hot, double warm, double cold, double unknown) {

    /** The largest weight: patternEfficiency divides by it, so that it stays within 0..1. */
    public double maximum() {
        return Math.max(Math.max(hot, warm), Math.max(cold, unknown));
    }
}
