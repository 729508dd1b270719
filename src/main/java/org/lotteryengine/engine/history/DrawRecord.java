package org.lotteryengine.engine.history;

import java.time.LocalDate;

/**
 * One real draw.
 *
 * @param date the draw date
 * @param drawNumber the operator's draw number, or null
 * @param mask the drawn numbers as a mask of the game's format
 */
public record DrawRecord(LocalDate date, Integer drawNumber, long mask) {
}
