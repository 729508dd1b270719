package org.lotteryengine.engine.backtest;

/**
 * What the exact distribution predicts for a figure over the backtest's number of draws, so that the observed value can
 * be read as luck or not.
 *
 * @param mean the expected value
 * @param lower95 the 2.5% quantile: the figure is below it with probability at most 2.5%
 * @param upper95 the 97.5% quantile: the figure is above it with probability at most 2.5%
 * @param atMostObserved P(figure &le; observed value), or null where only bounds were computed
 * @param atLeastObserved P(figure &ge; observed value), or null where only bounds were computed
 */
public record Prediction(double mean, long lower95, long upper95, Double atMostObserved, Double atLeastObserved) {

    /** The same prediction for the figure minus {@code offset} (a net result is the payout minus the cost). */
    public Prediction minus(long offset) {
        return new Prediction(mean - offset, lower95 - offset, upper95 - offset, atMostObserved, atLeastObserved);
    }
}
