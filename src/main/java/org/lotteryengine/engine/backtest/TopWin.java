package org.lotteryengine.engine.backtest;

import java.time.LocalDate;

/**
 * One of a backtest's best wins.
 *
 * @param date the draw's date
 * @param drawNumber the operator's draw number, or null
 * @param ticket the ticket's position in the set, from 1
 * @param rank the tier's rank, 0 for the best tier
 * @param tier the tier won (its matches, kind and amount)
 */
public record TopWin(LocalDate date, Integer drawNumber, int ticket, int rank, TierPrize tier) {
}
