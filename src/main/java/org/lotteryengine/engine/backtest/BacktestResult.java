package org.lotteryengine.engine.backtest;

import java.time.LocalDate;
import java.util.List;

/**
 * How a ticket set would have done over real draws, each figure beside its exact prediction for that many draws.
 * Amounts are in cents of the game's currency; free tickets count at the ticket price, pari-mutuel prizes count only
 * in their tier's wins (their amount is not known in advance).
 *
 * @param draws real draws replayed
 * @param firstDate the oldest draw's date
 * @param lastDate the newest draw's date
 * @param tickets tickets played on every draw
 * @param costCents what playing them on every draw costs
 * @param tiers every prized tier, best first
 * @param payoutCents fixed and free-ticket prizes won
 * @param payout the payout's prediction, in cents
 * @param netCents payout minus cost
 * @param net the net result's prediction, in cents
 * @param drawsWithWin draws on which some ticket won a prize of any tier
 * @param drawsWithWinPredicted their prediction (binomial)
 * @param longestRunWithoutWin the most consecutive draws without a prize
 * @param longestRunFrom the first draw of that run, or null when every draw won
 * @param longestRunTo the last draw of that run, or null when every draw won
 * @param longestRun the longest run's prediction
 * @param topWins the best wins, best tier first, then newest first
 */
public record BacktestResult(int draws, LocalDate firstDate, LocalDate lastDate, int tickets, long costCents,
        List<TierOutcome> tiers, long payoutCents, Prediction payout, long netCents, Prediction net, long drawsWithWin,
        Prediction drawsWithWinPredicted, int longestRunWithoutWin, LocalDate longestRunFrom, LocalDate longestRunTo,
        Prediction longestRun, List<TopWin> topWins) {
}
