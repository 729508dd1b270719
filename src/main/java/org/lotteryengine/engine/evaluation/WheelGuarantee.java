package org.lotteryengine.engine.evaluation;

import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.combinatorics.Binomial;
import org.lotteryengine.engine.combinatorics.CombinationMasks;

/**
 * The guarantees of a wheel: tickets played on a pool of numbers promise "at least t matches on some ticket if x of
 * the drawn numbers are in the pool".
 * <p>
 * That promise holds exactly when every x-subset X of the pool shares at least t numbers with some ticket: a draw with
 * x or more numbers in the pool contains such an X, and extra drawn numbers only add matches. So t(x), the best
 * guarantee for x, is the minimum over the C(p, x) subsets X of the largest overlap of X with a ticket; this class
 * computes it by enumerating them, which verifies the promise rather than assuming it.
 */
public final class WheelGuarantee {

    /** Largest pool handled, so that the subsets to enumerate stay countable (C(24, 12) = 2,704,156). */
    public static final int MAX_POOL = 24;
    /** Subsets between two questions to the interruption: each is compared with up to every ticket. */
    private static final int CHECK_EVERY_SUBSETS = 1 << 10;

    private WheelGuarantee() {
    }

    /**
     * For x = 0..min(k, p): the number of matches guaranteed on some ticket when x drawn numbers are in the pool.
     *
     * @param pool the pool's mask
     * @param tickets ticket masks (numbers outside the pool count for nothing here)
     * @param drawSize k
     * @throws IllegalArgumentException for a pool larger than {@value #MAX_POOL} or no tickets
     */
    public static int[] guarantees(long pool, long[] tickets, int drawSize) {
        return guarantees(pool, tickets, drawSize, Interruption.NONE);
    }

    /**
     * As {@link #guarantees(long, long[], int)}, asking {@code stop} every {@value #CHECK_EVERY_SUBSETS} subsets.
     *
     * @throws org.lotteryengine.engine.WorkStoppedException when {@code stop} says so
     */
    public static int[] guarantees(long pool, long[] tickets, int drawSize, Interruption stop) {
        int poolSize = Long.bitCount(pool);
        if (poolSize > MAX_POOL) {
            throw new IllegalArgumentException("a wheel's pool may hold at most %d numbers, got %d".formatted(MAX_POOL,
                    poolSize));
        }
        if (tickets.length == 0) {
            throw new IllegalArgumentException("a wheel needs at least one ticket");
        }
        int maxInPool = Math.min(drawSize, poolSize);
        int[] guaranteed = new int[maxInPool + 1];
        for (int x = 0; x <= maxInPool; x++) {
            guaranteed[x] = guaranteeFor(pool, tickets, x, stop);
        }
        return guaranteed;
    }

    /** True when every draw with {@code inPool} numbers in the pool matches {@code matches} on some ticket. */
    public static boolean holds(long pool, long[] tickets, int inPool, int matches) {
        return guaranteeFor(pool, tickets, inPool, Interruption.NONE) >= matches;
    }

    private static int guaranteeFor(long pool, long[] tickets, int inPool, Interruption stop) {
        int worst = inPool;
        long subsets = Binomial.of(Long.bitCount(pool), inPool);
        int[] elements = CombinationMasks.toElements(pool);
        // Walk the inPool-subsets of the pool's positions in colex order, mapped onto the pool's elements.
        long indexMask = CombinationMasks.first(inPool);
        for (long i = 0; i < subsets && worst > 0; i++) {
            if ((i & (CHECK_EVERY_SUBSETS - 1)) == 0) {
                stop.check();
            }
            long subset = 0;
            long rest = indexMask;
            while (rest != 0) {
                subset |= 1L << elements[Long.numberOfTrailingZeros(rest)];
                rest &= rest - 1;
            }
            int best = 0;
            for (long ticket : tickets) {
                best = Math.max(best, Long.bitCount(ticket & subset));
                if (best >= worst) {
                    break;
                }
            }
            worst = Math.min(worst, best);
            if (inPool > 0) {
                indexMask = CombinationMasks.next(indexMask);
            }
        }
        return worst;
    }

    /**
     * Of the C(p, x) ways for {@code inPool} drawn numbers to fall in the pool, those some ticket meets in
     * {@code matches} numbers or more: all of them exactly when the guarantee holds. By enumeration, asking
     * {@code stop} every {@value #CHECK_EVERY_SUBSETS} subsets.
     *
     * @throws org.lotteryengine.engine.WorkStoppedException when {@code stop} says so
     */
    public static long waysMet(long pool, long[] tickets, int inPool, int matches, Interruption stop) {
        long subsets = Binomial.of(Long.bitCount(pool), inPool);
        int[] elements = CombinationMasks.toElements(pool);
        long indexMask = CombinationMasks.first(inPool);
        long met = 0;
        for (long i = 0; i < subsets; i++) {
            if ((i & (CHECK_EVERY_SUBSETS - 1)) == 0) {
                stop.check();
            }
            long subset = 0;
            for (long rest = indexMask; rest != 0; rest &= rest - 1) {
                subset |= 1L << elements[Long.numberOfTrailingZeros(rest)];
            }
            for (long ticket : tickets) {
                if (Long.bitCount(ticket & subset) >= matches) {
                    met++;
                    break;
                }
            }
            if (inPool > 0) {
                indexMask = CombinationMasks.next(indexMask);
            }
        }
        return met;
    }
}
