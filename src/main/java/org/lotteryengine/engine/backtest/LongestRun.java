package org.lotteryengine.engine.backtest;

/**
 * The exact distribution of the longest run of draws without a win among D independent draws that each win with
 * probability p.
 * <p>
 * u(i) = P(no run of L losing draws among the first i) is 1 for i &lt; L, 1 − q^L for i = L, and u(i − 1) − p·q^L·u(i
 * − L − 1) after (the first such run ends at draw i: draws i − L + 1..i lose, draw i − L wins, and the first i − L − 1
 * hold no run), with q = 1 − p; P(longest run &lt; L) = u(D). Each L costs O(D), quantiles take a binary search over L.
 */
final class LongestRun {

    private final double p;
    private double[] u;
    private final int draws;

    LongestRun(double p, int draws) {
        this.p = p;
        this.draws = draws;
    }

    /** What the distribution predicts beside the run observed. */
    Prediction predict(int observed) {
        double mean = 0;
        for (int length = 1; length <= draws; length++) {
            double atLeast = 1 - belowLength(length);
            mean += atLeast;
            if (atLeast < 1e-17) {
                break;
            }
        }
        return new Prediction(mean, quantile(0.025), quantile(0.975), belowLength(observed + 1), 1 - belowLength(
                observed));
    }

    /** P(longest run &lt; length). */
    double belowLength(int length) {
        if (length <= 0) {
            return 0;
        }
        if (length > draws) {
            return 1;
        }
        double q = 1 - p;
        double qL = Math.pow(q, length);
        if (u == null) {
            u = new double[draws + 1];
        }
        for (int i = 0; i <= draws; i++) {
            if (i < length) {
                u[i] = 1;
            } else if (i == length) {
                u[i] = 1 - qL;
            } else {
                u[i] = Math.max(0, u[i - 1] - p * qL * u[i - length - 1]);
            }
        }
        return u[draws];
    }

    /** The smallest r with P(longest run &le; r) &ge; probability. */
    private long quantile(double probability) {
        int low = 0;
        int high = draws;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (belowLength(middle + 1) >= probability) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }
}
