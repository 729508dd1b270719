package org.lotteryengine.engine.combinatorics;

/**
 * Colex rank of k-element masks over at most 64 elements, for hot loops: the binomials C(position, index) are read
 * from one flat table instead of {@link Binomial#of}, with no bounds checks beyond the array's.
 */
public final class ColexRanker {

    private final int stride;
    private final long[] table;

    private ColexRanker(int k) {
        this.stride = k + 1;
        this.table = new long[CombinationMasks.MAX_ELEMENTS * stride];
        for (int position = 0; position < CombinationMasks.MAX_ELEMENTS; position++) {
            for (int index = 0; index <= k; index++) {
                table[position * stride + index] = Binomial.of(position, index);
            }
        }
    }

    /** A ranker for masks of exactly k elements, 1 &le; k &le; 10. */
    public static ColexRanker forSize(int k) {
        if (k < 1 || k > 10) {
            throw new IllegalArgumentException("k must be in 1..10, got " + k);
        }
        return new ColexRanker(k);
    }

    /** The colex rank of a mask with exactly k elements: the same value as {@link CombinationMasks#rank(long)}. */
    public long rank(long mask) {
        long rank = 0;
        long rest = mask;
        int index = 1;
        while (rest != 0) {
            rank += table[Long.numberOfTrailingZeros(rest) * stride + index];
            index++;
            rest &= rest - 1;
        }
        return rank;
    }
}
