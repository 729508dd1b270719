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
 */
public record HotPatternValidation(String lotteryType, String lotteryId, int totalAnalyzedDraws,
        List<String> hotPatterns, boolean meetsCriteria, Double actualEfficiency, double promisedEfficiency,
        double minimumAccepted, Double margin, double confidenceLevel, List<Double> confidenceInterval,
        boolean consistentWithNoEffect, double baseRate, Double hotHitRate, int minimumMatches, String explanation) {
}
