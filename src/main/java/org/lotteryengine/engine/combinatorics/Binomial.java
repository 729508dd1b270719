package org.lotteryengine.engine.combinatorics;

/**
 * Exact binomial coefficients C(n, k) for 0 &le; n &le; {@value #MAX_N}.
 * <p>
 * Overflow bound: C(66, 33) = 7,219,428,434,016,265,740 is the largest central coefficient below
 * {@link Long#MAX_VALUE} (C(67, 33) = 14,226,520,737,620,288,370 is above it), and C(n, k) &le; C(n, n/2), so every
 * C(n, k) with n &le; 66 fits a {@code long}. The table is built by Pascal's rule with {@link Math#addExact}, so a
 * mistake in this bound would fail loudly rather than wrap. Values are checked against {@code BigInteger} in the tests.
 */
public final class Binomial {

    /** Largest n for which every C(n, k) fits a {@code long}. */
    public static final int MAX_N = 66;

    private static final long[][] TABLE = pascal();

    private Binomial() {
    }

    /**
     * C(n, k): the number of k-element subsets of an n-element set; 0 when k &lt; 0 or k &gt; n.
     *
     * @throws IllegalArgumentException when n &lt; 0 or n &gt; {@value #MAX_N}
     */
    public static long of(int n, int k) {
        if (n < 0 || n > MAX_N) {
            throw new IllegalArgumentException("C(n, k) is exact in a long only for 0 <= n <= " + MAX_N + ", got n = " + n);
        }
        if (k < 0 || k > n) {
            return 0;
        }
        return TABLE[n][k];
    }

    /**
     * C(n, k) for any n &ge; 0, by the multiplicative formula: each partial product C(n, i) is an integer, so every
     * division is exact. For pools above {@value #MAX_N} numbers (a 69-number main drum), where the table ends.
     *
     * @throws ArithmeticException when the value does not fit a {@code long}
     */
    public static long exact(int n, int k) {
        if (n < 0) {
            throw new IllegalArgumentException("C(n, k) needs n >= 0, got n = " + n);
        }
        if (k < 0 || k > n) {
            return 0;
        }
        if (n <= MAX_N) {
            return TABLE[n][k];
        }
        int smaller = Math.min(k, n - k);
        long value = 1;
        for (int i = 1; i <= smaller; i++) {
            value = Math.multiplyExact(value, n - smaller + i) / i;
        }
        return value;
    }

    private static long[][] pascal() {
        long[][] table = new long[MAX_N + 1][];
        for (int n = 0; n <= MAX_N; n++) {
            table[n] = new long[n + 1];
            table[n][0] = 1;
            table[n][n] = 1;
            for (int k = 1; k < n; k++) {
                table[n][k] = Math.addExact(table[n - 1][k - 1], table[n - 1][k]);
            }
        }
        return table;
    }
}
