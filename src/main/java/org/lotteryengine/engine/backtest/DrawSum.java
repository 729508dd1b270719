package org.lotteryengine.engine.backtest;

import java.util.Arrays;

import org.apache.commons.math3.transform.DftNormalization;
import org.apache.commons.math3.transform.FastFourierTransformer;
import org.apache.commons.math3.transform.TransformType;

/**
 * The exact distribution of a sum over D independent draws of a quantity whose distribution on one draw is known
 * exactly: winning tickets of a tier, or the payout, in whole units (a count, or cents divided by the prizes' common
 * divisor).
 * <p>
 * The D-fold convolution is computed in the Fourier domain: one transform of the one-draw distribution on a grid of M
 * cells, its D-th power cell by cell, one inverse transform. A sum reaching M or more would wrap around the grid, so M
 * is chosen by a Chernoff bound, P(S &ge; M) &le; min over θ of exp(D·K(θ) − θM) with K the one-draw cumulant
 * generating function, to be at most {@value #TAIL_BOUND}: every probability read off the grid is then exact up to
 * that and to floating-point rounding (about 1e-13 on a grid of 2^21 cells). When the grid needed is larger than
 * {@value #MAX_GRID} cells (a thousand tickets over thousands of draws, counted in cents), the values are grouped in
 * buckets of B units, once rounded down and once up, which bound the true sum from below and from above: the 95%
 * interval is then taken from the lower bound's 2.5% quantile and the upper bound's 97.5% quantile, so that it still
 * holds at least 95% of the probability, and the probabilities of the observed value are not given.
 */
public final class DrawSum {

    /** Largest grid: 2^21 cells, two 16 MiB arrays while it is transformed. */
    static final int MAX_GRID = 1 << 21;
    /** Probability allowed to wrap around the grid. */
    static final double TAIL_BOUND = 1e-12;
    /** What the transforms' rounding may take from a cumulative probability (well above their 1e-13). */
    private static final double ROUNDING = 1e-12;
    private static final double LOWER_QUANTILE = 0.025;
    private static final double UPPER_QUANTILE = 0.975;

    private DrawSum() {
    }

    /**
     * What D draws predict for the sum, beside the value observed.
     *
     * @param values the one-draw values, non-negative, distinct
     * @param weights how many of all possible draws give each value (exact counts)
     * @param draws D, 0 or more
     * @param observed the sum observed over the D real draws
     */
    public static Prediction predict(long[] values, long[] weights, int draws, long observed) {
        if (values.length != weights.length || values.length == 0) {
            throw new IllegalArgumentException("one weight per value, at least one value");
        }
        long total = 0;
        long largest = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0 || weights[i] < 0) {
                throw new IllegalArgumentException("values and weights must not be negative");
            }
            total = Math.addExact(total, weights[i]);
            largest = Math.max(largest, values[i]);
        }
        double mean = 0;
        for (int i = 0; i < values.length; i++) {
            mean += (double) values[i] * weights[i] / total;
        }
        mean *= draws;
        if (draws == 0 || largest == 0) {
            return new Prediction(mean, 0, 0, observed >= 0 ? 1.0 : 0.0, observed <= 0 ? 1.0 : 0.0);
        }
        long bucket = 1;
        while (gridFor(values, weights, total, draws, bucket, false) > MAX_GRID) {
            bucket *= 2;
        }
        if (bucket == 1) {
            double[] distribution = distribution(values, weights, total, draws, 1, false);
            return new Prediction(mean, quantile(distribution, LOWER_QUANTILE), quantile(distribution,
                    UPPER_QUANTILE), cumulative(distribution, observed),
                    Math.max(0, 1 - cumulative(distribution, observed - 1)));
        }
        // The rounded-up sum is larger: its grid may need one more doubling of the bucket.
        while (gridFor(values, weights, total, draws, bucket, true) > MAX_GRID) {
            bucket *= 2;
        }
        long lower = bucket * quantile(distribution(values, weights, total, draws, bucket, false), LOWER_QUANTILE);
        long upper = bucket * quantile(distribution(values, weights, total, draws, bucket, true), UPPER_QUANTILE);
        return new Prediction(mean, lower, upper, null, null);
    }

    private static long bucketed(long value, long bucket, boolean up) {
        return up ? -Math.floorDiv(-value, bucket) : value / bucket;
    }

    /** The smallest power-of-two grid that the sum leaves with probability at most {@link #TAIL_BOUND}. */
    private static long gridFor(long[] values, long[] weights, long total, int draws, long bucket, boolean up) {
        long largest = 0;
        double mean = 0;
        double square = 0;
        for (int i = 0; i < values.length; i++) {
            long value = bucketed(values[i], bucket, up);
            largest = Math.max(largest, value);
            double p = (double) weights[i] / total;
            mean += value * p;
            square += (double) value * value * p;
        }
        if (largest == 0) {
            return 2;
        }
        double deviation = Math.sqrt(Math.max(0, square - mean * mean) * draws);
        // Every one-draw value needs its cell; the sum's reach beyond the grid is what the bound below limits.
        long grid = Long.highestOneBit(Math.max(largest + 1, (long) Math.ceil(draws * mean + 6 * deviation))) * 2;
        while (tailBound(values, weights, total, draws, bucket, up, largest, grid) > TAIL_BOUND) {
            if (grid > MAX_GRID) {
                return grid;
            }
            grid *= 2;
        }
        return grid;
    }

    /** min over θ of exp(D·K(θ) − θ·grid), by a scan of θ over twelve decades, in the scale of the largest value. */
    private static double tailBound(long[] values, long[] weights, long total, int draws, long bucket, boolean up,
            long largest, long grid) {
        double best = 0;
        for (int step = 0; step <= 240; step++) {
            double theta = Math.pow(10, -10 + step * 0.05) / largest;
            double max = Double.NEGATIVE_INFINITY;
            for (long value : values) {
                max = Math.max(max, theta * bucketed(value, bucket, up));
            }
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += (double) weights[i] / total * Math.exp(theta * bucketed(values[i], bucket, up) - max);
            }
            double logBound = draws * (max + Math.log(sum)) - theta * grid;
            best = Math.min(best, logBound);
        }
        return Math.exp(best);
    }

    /** P(S = s) for s on the grid. */
    private static double[] distribution(long[] values, long[] weights, long total, int draws, long bucket,
            boolean up) {
        int grid = (int) gridFor(values, weights, total, draws, bucket, up);
        double[][] data = new double[2][grid];
        for (int i = 0; i < values.length; i++) {
            data[0][(int) bucketed(values[i], bucket, up)] += (double) weights[i] / total;
        }
        FastFourierTransformer.transformInPlace(data, DftNormalization.STANDARD, TransformType.FORWARD);
        for (int cell = 0; cell < grid; cell++) {
            // The D-th power in polar form: the modulus to the D, the angle times D.
            double modulus = Math.pow(Math.hypot(data[0][cell], data[1][cell]), draws);
            double angle = Math.atan2(data[1][cell], data[0][cell]) * draws;
            data[0][cell] = modulus * Math.cos(angle);
            data[1][cell] = modulus * Math.sin(angle);
        }
        FastFourierTransformer.transformInPlace(data, DftNormalization.STANDARD, TransformType.INVERSE);
        double[] probabilities = data[0];
        for (int cell = 0; cell < grid; cell++) {
            // Rounding leaves tiny negative values where the probability is 0.
            probabilities[cell] = Math.max(0, probabilities[cell]);
        }
        return probabilities;
    }

    /** The smallest s with P(S &le; s) &ge; q. */
    private static long quantile(double[] distribution, double q) {
        double cumulative = 0;
        for (int s = 0; s < distribution.length; s++) {
            cumulative += distribution[s];
            // A cumulative probability exactly at q (a tie among equally likely sequences) comes out of the transform
            // a rounding error below or above it: within the grid's accuracy, it is q.
            if (cumulative >= q - ROUNDING) {
                return s;
            }
        }
        return distribution.length - 1;
    }

    /** P(S &le; s). */
    private static double cumulative(double[] distribution, long s) {
        if (s < 0) {
            return 0;
        }
        double sum = Arrays.stream(distribution, 0, (int) Math.min(distribution.length, s + 1))
                .sum();
        return Math.min(1, sum);
    }
}
