package org.lotteryengine.engine.history;

/**
 * A chi-square goodness-of-fit test of observed counts against their exact expectations.
 *
 * @param statistic &Sigma; (observed - expected)&sup2; / expected
 * @param degreesOfFreedom categories - 1
 * @param pValue P(a fair game gives a statistic this large or larger)
 * @param categories categories tested, after pooling
 * @param pooledCategories categories whose expected count was below 5, pooled into one so that the chi-square
 *        approximation holds
 */
public record ChiSquareTest(double statistic, int degreesOfFreedom, double pValue, int categories,
        int pooledCategories) {

    /** True when the p-value is below 1 - confidence: the data would be unusual for a fair game. */
    public boolean significantAt(double confidenceLevel) {
        return pValue < 1 - confidenceLevel;
    }
}
