package org.lotteryengine.engine.generation;

/**
 * How a strategy bends the base criteria (spec 9.1 strategy_defaults).
 *
 * @param diversityWeight multiplies the weight of the diversity thresholds
 * @param concentrationLimit multiplies the largest share one pattern may take
 * @param hotPatternBonus multiplies the minimum hot-pattern coverage
 */
public record StrategyModifiers(double diversityWeight, double concentrationLimit, double hotPatternBonus) {
}
