package org.lotteryengine.engine.combinatorics;

/**
 * The k-subsets of an n-set that share at least {@code lowest} elements with one fixed k-subset: the draws on which a
 * ticket wins at tier {@code lowest} or better. Its layer m, the subsets sharing exactly m elements, has
 * C(k, m) &middot; C(n - k, k - m) members (the hypergeometric count), whichever the fixed subset is.
 */
public final class Neighbourhood {

    private Neighbourhood() {
    }

    /** The subsets sharing exactly {@code m} elements; 0 outside 0..k. */
    public static long layer(int n, int k, int m) {
        return m < 0 || m > k ? 0 : Math.multiplyExact(Binomial.of(k, m), Binomial.of(n - k, k - m));
    }

    /** The subsets sharing at least {@code lowest} elements. */
    public static long size(int n, int k, int lowest) {
        long size = 0;
        for (int m = Math.max(0, lowest); m <= k; m++) {
            size = Math.addExact(size, layer(n, k, m));
        }
        return size;
    }

    /** The largest of the layers {@code lowest..k}: the room one layer's walk needs. */
    public static long largestLayer(int n, int k, int lowest) {
        long largest = 0;
        for (int m = Math.max(0, lowest); m <= k; m++) {
            largest = Math.max(largest, layer(n, k, m));
        }
        return largest;
    }
}
