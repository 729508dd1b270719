package org.lotteryengine.engine.backtest;

import org.lotteryengine.engine.format.Prize;

/**
 * How often a prize tier was won in a backtest, beside what the exact distribution predicts.
 *
 * @param prize the tier's prize (its match count, kind and amount)
 * @param winningTickets tickets that matched exactly the tier's count, summed over the draws
 * @param predicted the exact prediction of that sum for as many draws
 */
public record TierOutcome(Prize prize, long winningTickets, Prediction predicted) {
}
