package org.lotteryengine.engine.combinatorics;

import java.util.random.RandomGenerator;

/**
 * k-subsets of {0, ..., n-1} (n &le; 64) as bit masks: bit i is set when element i is in the subset. A lottery
 * number x of a game whose numbers start at {@code min} is element {@code x - min}.
 * <p>
 * Ranks follow the combinatorial number system in colexicographic order (Knuth, TAOCP vol. 4A, section 7.2.1.3,
 * equation (3) and Theorem L): the subset c<sub>1</sub> &lt; c<sub>2</sub> &lt; ... &lt; c<sub>k</sub> has rank
 * C(c<sub>1</sub>, 1) + C(c<sub>2</sub>, 2) + ... + C(c<sub>k</sub>, k), a bijection onto 0 .. C(n, k) - 1. Colex
 * order is also the numeric order of the masks, so {@link #next(long)} (Gosper's hack, HAKMEM item 175) visits ranks
 * 0, 1, 2, ... in turn.
 */
public final class CombinationMasks {

    /** Most elements a mask can hold. */
    public static final int MAX_ELEMENTS = 64;

    private CombinationMasks() {
    }

    /**
     * The mask of the given distinct elements, each in 0..63.
     *
     * @throws IllegalArgumentException for an element out of range or a repeated element
     */
    public static long toMask(int... elements) {
        long mask = 0;
        for (int element : elements) {
            if (element < 0 || element >= MAX_ELEMENTS) {
                throw new IllegalArgumentException("element out of 0..63: " + element);
            }
            long bit = 1L << element;
            if ((mask & bit) != 0) {
                throw new IllegalArgumentException("element repeated: " + element);
            }
            mask |= bit;
        }
        return mask;
    }

    /** The elements of a mask, ascending. */
    public static int[] toElements(long mask) {
        int[] elements = new int[Long.bitCount(mask)];
        long rest = mask;
        for (int i = 0; i < elements.length; i++) {
            elements[i] = Long.numberOfTrailingZeros(rest);
            rest &= rest - 1;
        }
        return elements;
    }

    /** The mask of a whole pool of n numbers (indices 0..n-1), n at most 64. */
    public static long pool(int n) {
        return first(n);
    }

    /** The smallest mask with k elements: {0, ..., k-1}, of rank 0. */
    public static long first(int k) {
        return k == 0 ? 0 : k == 64 ? -1L : (1L << k) - 1;
    }

    /**
     * The next mask with the same number of elements (at least one) in colex order, of rank + 1. Past the last
     * k-subset of n elements it returns a mask using element n; callers count ranks up to C(n, k) instead.
     */
    public static long next(long mask) {
        long ripple = mask + (mask & -mask);
        // HAKMEM divides by the lowest set bit; shifting by its position is the same and much cheaper.
        return ripple | (((mask ^ ripple) >>> 2) >>> Long.numberOfTrailingZeros(mask));
    }

    /** The colex rank of a mask among the subsets with as many elements. */
    public static long rank(long mask) {
        long rank = 0;
        long rest = mask;
        int index = 1;
        while (rest != 0) {
            rank += Binomial.of(Long.numberOfTrailingZeros(rest), index++);
            rest &= rest - 1;
        }
        return rank;
    }

    /**
     * The k-subset of the given colex rank (Knuth's greedy inverse: choose the largest c<sub>k</sub> with
     * C(c<sub>k</sub>, k) &le; rank, then continue with k - 1).
     *
     * @throws IllegalArgumentException when the rank is negative, k is out of 0..64, or the rank is not below
     *         C(64, k)
     */
    public static long unrank(long rank, int k) {
        if (k < 0 || k > MAX_ELEMENTS || rank < 0 || rank >= Binomial.of(MAX_ELEMENTS, k)) {
            throw new IllegalArgumentException("rank %d, k %d".formatted(rank, k));
        }
        long mask = 0;
        long rest = rank;
        int candidate = MAX_ELEMENTS - 1;
        for (int index = k; index >= 1; index--) {
            while (Binomial.of(candidate, index) > rest) {
                candidate--;
            }
            mask |= 1L << candidate;
            rest -= Binomial.of(candidate, index);
            candidate--;
        }
        return mask;
    }

    /**
     * Every subset of {@code of} with exactly {@code size} elements, as masks, in lexicographic order of their
     * elements.
     */
    public static long[] subsetsOf(long of, int size) {
        int[] elements = toElements(of);
        if (size < 0 || size > elements.length) {
            return new long[0];
        }
        long[] subsets = new long[Math.toIntExact(Binomial.of(elements.length, size))];
        int[] pick = new int[size];
        for (int i = 0; i < size; i++) {
            pick[i] = i;
        }
        for (int out = 0; out < subsets.length; out++) {
            long mask = 0;
            for (int i = 0; i < size; i++) {
                mask |= 1L << elements[pick[i]];
            }
            subsets[out] = mask;
            // Advance the index combination in lexicographic order.
            int i = size - 1;
            while (i >= 0 && pick[i] == elements.length - size + i) {
                i--;
            }
            if (i >= 0) {
                pick[i]++;
                for (int j = i + 1; j < size; j++) {
                    pick[j] = pick[j - 1] + 1;
                }
            }
        }
        return subsets;
    }

    /** One element of a non-empty mask, each with the same probability, as a single-bit mask. */
    public static long randomElement(long mask, RandomGenerator random) {
        int index = random.nextInt(Long.bitCount(mask));
        long rest = mask;
        for (int i = 0; i < index; i++) {
            rest &= rest - 1;
        }
        return Long.lowestOneBit(rest);
    }
}
