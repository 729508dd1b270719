package org.lotteryengine.engine.generation;

import java.math.BigDecimal;

/**
 * What a client asks of the engine (spec 2.1 UserRequest), already resolved to a format.
 *
 * @param targetTier the tier aimed at, as a match count (tier4 → 4)
 * @param numberOfTickets how many distinct tickets, 1..max
 * @param strategy conservative, balanced or aggressive
 * @param budget the most the client will spend, or null for no limit
 * @param maxGenerationTimeMs the client's time limit in ms, or null
 * @param qualityThreshold the minimum optimizationScore the client asks for, or null
 * @param allowColdPatterns whether cold patterns may be used; null keeps the tier's cold allowance, false forbids cold
 *        patterns
 * @param seed makes the run reproducible: the same request, seed and draws give the same tickets; null for a seed from
 *        the clock
 */
public record GenerationRequest(int targetTier, int numberOfTickets, Strategy strategy, BigDecimal budget,
        Long maxGenerationTimeMs, Double qualityThreshold, Boolean allowColdPatterns, Long seed) {
}
