package org.lotteryengine.backtest.service;

import java.time.LocalDate;
import java.util.List;

/**
 * A backtest asked for: tickets of a game, or a stored session's set, over the stored draws dated {@code from} to
 * {@code to}.
 *
 * @param lotteryType the game's name or id; may be null with a session, whose set names its game
 * @param tickets the tickets, or null with a session
 * @param bonus each ticket's bonus numbers for a game with a separate bonus drum, or null
 * @param sessionId a stored session, or null with tickets
 * @param from the first draw date included, or null for the oldest stored draw
 * @param to the last draw date included, or null for the newest
 * @param aboveCostLimit the client may exceed lottery.engine.max-request-cost (admin scope)
 */
public record BacktestCommand(String lotteryType, List<int[]> tickets, List<int[]> bonus,
        String sessionId, LocalDate from, LocalDate to,
        boolean aboveCostLimit) {
}
