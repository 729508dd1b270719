package org.lotteryengine.evaluation.service;

import java.util.List;

import org.lotteryengine.engine.evaluation.TicketSetEvaluation;

/**
 * A ticket set evaluated exactly over every draw of a game.
 *
 * @param pool a wheel's pool, or null
 * @param wheel the wheel's verified guarantees t(x) for x = 0.., or null without a pool
 */
public record Evaluated(String lotteryId, String lotteryType, String currency, TicketSetEvaluation evaluation,
        List<Integer> pool, int[] wheel) {
}
