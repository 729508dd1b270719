package org.lotteryengine.engine.history;

/**
 * A measured lift: how often the combinations of a pattern or group would have won, averaged over the stored draws,
 * divided by the exact rate of any combination. A fair game has lift 1 for every set of combinations.
 *
 * @param hitRate the mean, over the draws, of the share of the set's combinations that win against the draw
 * @param baseRate the exact probability that any one combination wins
 * @param lift hitRate / baseRate
 * @param low lower bound of the confidence interval of the lift (null with fewer than 2 draws)
 * @param high upper bound of the confidence interval of the lift (null with fewer than 2 draws)
 * @param confidenceLevel the interval's confidence level
 */
public record Lift(double hitRate, double baseRate, double lift, Double low, Double high, double confidenceLevel) {

    /** True when the interval holds 1.0, i.e. the data show no effect. */
    public boolean consistentWithNoEffect() {
        return low != null && low <= 1.0 && high >= 1.0;
    }
}
