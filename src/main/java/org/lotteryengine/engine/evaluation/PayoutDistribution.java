package org.lotteryengine.engine.evaluation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

import org.lotteryengine.engine.format.MatchOdds;

/**
 * The exact distribution of a ticket set's total payout over all equally likely draws: each distinct payout with the
 * number of draws that give it. Amounts are kept in cents; sums use {@link BigInteger}, so means and variances are
 * exact fractions rounded once, to {@link MatchOdds#PRECISION}.
 */
public final class PayoutDistribution {

    private final long[] cents;
    private final long[] draws;
    private final long totalDraws;

    PayoutDistribution(long[] cents, long[] draws) {
        this.cents = cents;
        this.draws = draws;
        long total = 0;
        for (long count : draws) {
            total += count;
        }
        this.totalDraws = total;
    }

    /** Distinct payouts, ascending, in cents. */
    public long[] payoutsInCents() {
        return cents.clone();
    }

    /** How many draws give each payout of {@link #payoutsInCents()}. */
    public long[] drawsPerPayout() {
        return draws.clone();
    }

    public long totalDraws() {
        return totalDraws;
    }

    /** E[payout] in currency units. */
    public BigDecimal expected() {
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < cents.length; i++) {
            sum = sum.add(BigInteger.valueOf(cents[i]).multiply(BigInteger.valueOf(draws[i])));
        }
        return new BigDecimal(sum).divide(BigDecimal.valueOf(totalDraws), MatchOdds.PRECISION)
                .movePointLeft(2);
    }

    /** Var[payout] in squared currency units: (T &Sigma;c&middot;v&sup2; - (&Sigma;c&middot;v)&sup2;) / T&sup2;. */
    public BigDecimal variance() {
        BigInteger sum = BigInteger.ZERO;
        BigInteger sumOfSquares = BigInteger.ZERO;
        for (int i = 0; i < cents.length; i++) {
            BigInteger value = BigInteger.valueOf(cents[i]);
            BigInteger count = BigInteger.valueOf(draws[i]);
            sum = sum.add(value.multiply(count));
            sumOfSquares = sumOfSquares.add(value.multiply(value)
                    .multiply(count));
        }
        BigInteger total = BigInteger.valueOf(totalDraws);
        BigInteger numerator = total.multiply(sumOfSquares)
                .subtract(sum.multiply(sum));
        return new BigDecimal(numerator).divide(new BigDecimal(total.multiply(total)), MatchOdds.PRECISION)
                .movePointLeft(4);
    }

    /** The standard deviation of the payout in currency units. */
    public double standardDeviation() {
        return Math.sqrt(variance().doubleValue());
    }

    /** P(payout &ge; {@code centsThreshold}). */
    public double probabilityAtLeast(long centsThreshold) {
        return (double) drawsAtLeast(centsThreshold) / totalDraws;
    }

    /** P(payout &gt; {@code centsThreshold}). */
    public double probabilityAbove(long centsThreshold) {
        return (double) drawsAtLeast(centsThreshold + 1) / totalDraws;
    }

    /** Draws whose payout is at least {@code centsThreshold}. */
    public long drawsAtLeast(long centsThreshold) {
        long count = 0;
        for (int i = cents.length - 1; i >= 0 && cents[i] >= centsThreshold; i--) {
            count += draws[i];
        }
        return count;
    }

    /**
     * The q-quantile in cents: the smallest payout v with P(payout &le; v) &ge; q.
     *
     * @throws IllegalArgumentException unless 0 &lt; q &le; 1
     */
    public long quantile(double q) {
        if (!(q > 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile must be in (0, 1], got " + q);
        }
        // Exact comparison: cumulative / T >= q, with q given to double precision.
        BigDecimal needed = new BigDecimal(q).multiply(BigDecimal.valueOf(totalDraws), MathContext.DECIMAL128);
        long cumulative = 0;
        for (int i = 0; i < cents.length; i++) {
            cumulative += draws[i];
            if (BigDecimal.valueOf(cumulative).compareTo(needed) >= 0) {
                return cents[i];
            }
        }
        return cents[cents.length - 1];
    }

    /** The largest payout of any draw, in cents. */
    public long maximum() {
        return cents[cents.length - 1];
    }
}
