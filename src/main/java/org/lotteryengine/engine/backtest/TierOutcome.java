package org.lotteryengine.engine.backtest;

/**
 * How often a prize tier was won in a backtest, beside what the exact distribution predicts.
 *
 * @param tier the tier (its matches, kind and amount)
 * @param winningTickets tickets won by this tier, summed over the draws
 * @param predicted the exact prediction of that sum for as many draws
 */
public record TierOutcome(TierPrize tier, long winningTickets, Prediction predicted) {
}
