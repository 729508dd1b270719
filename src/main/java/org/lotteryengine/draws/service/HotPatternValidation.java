package org.lotteryengine.draws.service;

import java.util.List;

/**
 * The spec's success-criteria validation (spec 16.2) as measured: the hot patterns' lift over the exact base rate,
 * beside the promised one.
 *
 * @param actualEfficiency the measured lift at the minimum matches, or null without draws to measure it on
 * @param margin actual minus promised, or null
 * @param confidenceInterval low and high of the lift's interval, or empty
 * @param hotHitRate the hot combinations' measured win share, or null
 * @param meetsCriteria the spec's verdict on the measurement, or null without one
 * @param consistentWithNoEffect whether the interval holds 1, or null without an interval
 * @param confidenceLevel the interval's level, or null without a measurement
 * @param baseRate the exact rate of any combination at the minimum matches, or null when not computed
 */
public record HotPatternValidation(String lotteryType, String lotteryId, int totalAnalyzedDraws,
        List<String> hotPatterns, Boolean meetsCriteria, Double actualEfficiency, double promisedEfficiency,
        double minimumAccepted, Double margin, Double confidenceLevel, List<Double> confidenceInterval,
        Boolean consistentWithNoEffect, Double baseRate, Double hotHitRate, int minimumMatches, String explanation) {
}
