package org.lotteryengine.engine.generation;

/**
 * What a client asks of the engine for a bonus game, already resolved to the game.
 *
 * @param targetRank the tier aimed at, as its rank in the game's tiers (0 is the best)
 * @param numberOfTickets how many distinct tickets
 * @param strategy conservative, balanced or aggressive
 * @param allowColdPatterns false forbids cold patterns; null keeps the tier's cold allowance
 * @param seed makes the run reproducible; null for a seed from the clock
 */
public record BonusGenerationRequest(int targetRank, int numberOfTickets, Strategy strategy,
        Boolean allowColdPatterns, Long seed) {
}
