package org.lotteryengine.engine.backtest;

import java.time.LocalDate;

import org.lotteryengine.engine.format.Prize;

/**
 * One of a backtest's best wins.
 *
 * @param date the draw's date
 * @param drawNumber the operator's draw number, or null
 * @param ticket the ticket's position in the set, from 1
 * @param prize the prize won (its match count, kind and amount)
 */
public record TopWin(LocalDate date, Integer drawNumber, int ticket, Prize prize) {
}
