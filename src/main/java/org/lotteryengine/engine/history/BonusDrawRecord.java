package org.lotteryengine.engine.history;

import java.time.LocalDate;

/**
 * One real draw of a bonus game, as a backtest replays it.
 *
 * @param drawNumber the operator's draw number, or null
 * @param draw the date, the main numbers and the bonus numbers (a same-drum game's bonus ball)
 */
public record BonusDrawRecord(Integer drawNumber, BonusDraw draw) {

    public LocalDate date() {
        return draw.date();
    }
}
