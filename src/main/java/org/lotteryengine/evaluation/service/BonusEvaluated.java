package org.lotteryengine.evaluation.service;

import org.lotteryengine.engine.evaluation.BonusSetEvaluation;

/**
 * A bonus game's ticket set evaluated exactly over every (main, bonus) draw.
 */
public record BonusEvaluated(String lotteryId, String lotteryType, String currency, BonusSetEvaluation evaluation) {
}
