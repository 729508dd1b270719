package org.lotteryengine.backtest.service;

import java.util.List;

import org.lotteryengine.engine.backtest.BacktestResult;

/**
 * A finished backtest with what its answer shows besides the figures.
 *
 * @param lotteryId the game's id
 * @param lotteryName the game's name
 * @param currency ISO 4217 code of prices and prizes
 * @param sessionId the session whose set was replayed, or null
 * @param tickets the tickets replayed, in order (a top win names its ticket by position, from 1)
 * @param bonus each ticket's bonus numbers (a separate bonus drum), in the same order, or null
 * @param result the figures
 */
public record Backtested(String lotteryId, String lotteryName, String currency, String sessionId, List<int[]> tickets,
        List<int[]> bonus, BacktestResult result) {
}
