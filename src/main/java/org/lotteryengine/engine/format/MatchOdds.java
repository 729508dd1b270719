package org.lotteryengine.engine.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

import org.lotteryengine.engine.combinatorics.Neighbourhood;

/**
 * Exact odds of one ticket of a format: of the C(n, k) equally likely draws, C(k, m) &middot; C(n - k, k - m) share
 * exactly m numbers with the ticket (the hypergeometric distribution), whichever ticket it is.
 */
public final class MatchOdds {

    /** Precision of the decimal forms of exact fractions: 34 significant digits (IEEE 754 decimal128). */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    private final LotteryFormat format;
    private final long[] ways;
    private final long totalDraws;

    private MatchOdds(LotteryFormat format) {
        this.format = format;
        int k = format.drawSize();
        this.ways = new long[k + 1];
        for (int m = 0; m <= k; m++) {
            ways[m] = Neighbourhood.layer(format.poolSize(), k, m);
        }
        this.totalDraws = format.totalDraws();
    }

    public static MatchOdds of(LotteryFormat format) {
        return new MatchOdds(format);
    }

    public LotteryFormat format() {
        return format;
    }

    public long totalDraws() {
        return totalDraws;
    }

    /** Draws with exactly {@code matches} numbers of the ticket; 0 outside 0..k. */
    public long ways(int matches) {
        return matches < 0 || matches >= ways.length ? 0 : ways[matches];
    }

    /** Draws with at least {@code matches} numbers of the ticket: the ticket's neighbourhood for that tier. */
    public long waysAtLeast(int matches) {
        long sum = 0;
        for (int m = Math.max(0, matches); m < ways.length; m++) {
            sum += ways[m];
        }
        return sum;
    }

    /** P(exactly {@code matches}) as a double. */
    public double probability(int matches) {
        return (double) ways(matches) / totalDraws;
    }

    /** P(at least {@code matches}) as a double. */
    public double probabilityAtLeast(int matches) {
        return (double) waysAtLeast(matches) / totalDraws;
    }

    /** "1 in X" for exactly {@code matches}: total draws / ways; infinite when impossible. */
    public double oneIn(int matches) {
        long w = ways(matches);
        return w == 0 ? Double.POSITIVE_INFINITY : (double) totalDraws / w;
    }

    /** The exact probability as a fraction {@code ways/total}, unreduced, e.g. {@code 4350/324632}. */
    public String fraction(int matches) {
        return ways(matches) + "/" + totalDraws;
    }

    /**
     * The expected prize value of one ticket for exactly {@code matches}: prize &middot; ways / total, to
     * {@link #PRECISION}; zero without a known prize.
     */
    public BigDecimal expectedValue(int matches) {
        long cents = format.prizeFor(matches)
                .map(Prize::amountInCents)
                .orElse(0L);
        return new BigDecimal(BigInteger.valueOf(cents).multiply(BigInteger.valueOf(ways(matches))))
                .divide(BigDecimal.valueOf(totalDraws), PRECISION)
                .movePointLeft(2);
    }

    /** The expected prize value of one ticket over all known prizes, to {@link #PRECISION}. */
    public BigDecimal expectedValuePerTicket() {
        BigInteger cents = BigInteger.ZERO;
        for (Prize prize : format.prizes()) {
            cents = cents.add(BigInteger.valueOf(prize.amountInCents()).multiply(BigInteger.valueOf(ways(prize.matches()))));
        }
        return new BigDecimal(cents).divide(BigDecimal.valueOf(totalDraws), PRECISION)
                .movePointLeft(2);
    }
}
