package org.lotteryengine.generation.service;

import java.math.BigDecimal;

/**
 * A generation as a client asked for it (spec 3.1 and 2.1 UserRequest), before any check: the service checks every
 * field itself, so that each invalid one gets its own code of spec 10.1.
 *
 * @param budget the most the client will spend, or null
 * @param preferences optional limits, or null
 * @param seed makes the run reproducible, or null
 */
public record GenerateCommand(String targetTier, Integer numberOfTickets, String strategy, BigDecimal budget,
        String lotteryType, Preferences preferences, Long seed) {

    /**
     * Spec 2.1 UserRequest.preferences; each may be null.
     *
     * @param maxGenerationTime time limit in milliseconds
     * @param qualityThreshold smallest optimizationScore to accept
     * @param allowColdPatterns false: no ticket on a cold pattern
     */
    public record Preferences(Long maxGenerationTime, Double qualityThreshold, Boolean allowColdPatterns) {
    }
}
