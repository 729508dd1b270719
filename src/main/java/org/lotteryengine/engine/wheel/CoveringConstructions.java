package org.lotteryengine.engine.wheel;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.combinatorics.Binomial;

/**
 * Lotto designs built from smaller designs, where a direct search of a large design stalls far above the best known
 * sizes (the full-game 5/35 "3 if 5" search stops near 300 tickets; this construction gives 162).
 * <ul>
 * <li><b>Split.</b> When m(t - 1) &lt; x, split the points into m parts: any x of them hold t in some part, so the
 * union of a covering C(a, k, t) of each part meets the promise (Li and van Rees, Lotto design tables, J. Combin.
 * Des. 10, 2002, use the same partition argument).</li>
 * <li><b>Extension.</b> C(v, k, t) &le; C(v - 1, k, t) + C(v - 1, k - 1, t - 1): the t-subsets without the new point
 * are covered by the first design, those with it by the new point added to each block of the second.</li>
 * <li><b>Inversive planes</b> ({@link InversivePlane}) for C(q&sup2; + 1, q + 1, 3), and fewer points by replacing
 * each deleted point in its blocks.</li>
 * <li><b>Search</b> ({@link LottoDesignSearch}) of each small covering, within a share of the time.</li>
 * </ul>
 * The smallest candidate of each covering is kept (memoised per (v, k, t)); the construction is what a search of the
 * whole design then starts from, see {@link LottoDesignSearch#smallest}.
 */
final class CoveringConstructions {

    /** A covering is searched directly when it has at most this many t-subsets: small enough to search well. */
    static final long SEARCHED_SUBSETS = 5_000;
    /** Search moves per t-subset of a searched covering: enough to reach the best known sizes up to v = 17 or so. */
    private static final long MOVES_PER_SUBSET = 400;

    private record Shape(int points, int size, int strength) {
    }

    private final RandomGenerator random;
    private final long deadlineNanos;
    private final LongSupplier clock;
    private final Interruption stop;
    private final Map<Shape, long[]> coverings = new HashMap<>();

    CoveringConstructions(RandomGenerator random, long deadlineNanos, LongSupplier clock, Interruption stop) {
        this.random = random;
        this.deadlineNanos = deadlineNanos;
        this.clock = clock;
        this.stop = stop;
    }

    /**
     * The smallest design these constructions give for the requirement, on points 0..v-1, or empty when none
     * applies (x &gt; t with 2(t - 1) &ge; x, or parts smaller than a ticket).
     */
    Optional<long[]> design(WheelRequirement requirement) {
        int v = requirement.points();
        int k = requirement.ticketSize();
        int x = requirement.drawnInPool();
        int t = requirement.matches();
        long[] best = null;
        int parts = t == 1 ? 1 : (x - 1) / (t - 1);
        // With x > t a single part is a covering of every t-subset, far larger than the design needs.
        for (int m = x > t ? 2 : 1; m <= parts && (long) m * k < v; m++) {
            for (int[] sizes : splits(v, m)) {
                if (Arrays.stream(sizes)
                        .anyMatch(size -> size < k)) {
                    continue;
                }
                long[] union = split(sizes, k, t);
                if (best == null || union.length < best.length) {
                    best = union;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Balanced splits of v points into m parts, and for two parts a few unbalanced ones too. */
    private static Set<int[]> splits(int v, int m) {
        Set<int[]> splits = new LinkedHashSet<>();
        int[] balanced = new int[m];
        for (int i = 0; i < m; i++) {
            balanced[i] = v / m + (i < v % m ? 1 : 0);
        }
        splits.add(balanced);
        if (m == 2) {
            for (int shift = 1; shift <= 3; shift++) {
                splits.add(new int[] { v / 2 - shift, v - (v / 2 - shift) });
            }
        }
        return splits;
    }

    private long[] split(int[] sizes, int k, int t) {
        Set<Long> union = new LinkedHashSet<>();
        int offset = 0;
        for (int size : sizes) {
            for (long block : covering(size, k, t)) {
                union.add(block << offset);
            }
            offset += size;
        }
        return union.stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    /** The smallest covering C(v, k, t) of these constructions, on points 0..v-1 (v &ge; k). */
    long[] covering(int v, int k, int t) {
        Shape shape = new Shape(v, k, t);
        long[] known = coverings.get(shape);
        if (known != null) {
            return known;
        }
        long[] best;
        if (t == 0 || v == k) {
            best = new long[] { (1L << k) - 1 };
        } else if (t == 1) {
            best = partition(v, k);
        } else {
            best = extension(v, k, t);
            long[] plane = plane(v, k, t);
            if (plane != null && (best == null || plane.length < best.length)) {
                best = plane;
            }
            if (Binomial.of(v, t) <= SEARCHED_SUBSETS) {
                long[] searched = LottoDesignSearch.smallestFrom(new WheelRequirement(v, k, t, t), best,
                        MOVES_PER_SUBSET * Binomial.of(v, t), deadlineNanos, clock, random, stop)
                        .tickets();
                if (best == null || searched.length < best.length) {
                    best = searched;
                }
            }
        }
        coverings.put(shape, best);
        return best;
    }

    /** Blocks of k consecutive points, the last one filled up from the first points. */
    private static long[] partition(int v, int k) {
        int blocks = (v + k - 1) / k;
        long[] partition = new long[blocks];
        for (int b = 0; b < blocks; b++) {
            long block = 0;
            for (int i = 0; i < k; i++) {
                block |= 1L << ((b * k + i) % v);
            }
            partition[b] = block;
        }
        return partition;
    }

    /** C(v - 1, k, t) and the last point with each block of C(v - 1, k - 1, t - 1), or null when v - 1 &lt; k. */
    private long[] extension(int v, int k, int t) {
        if (v - 1 < k) {
            return null;
        }
        long[] without = covering(v - 1, k, t);
        long[] with = covering(v - 1, k - 1, t - 1);
        long[] extended = Arrays.copyOf(without, without.length + with.length);
        for (int i = 0; i < with.length; i++) {
            extended[without.length + i] = with[i] | 1L << (v - 1);
        }
        return extended;
    }

    /**
     * The inversive plane with blocks of k points, its points above v - 1 replaced in each block by the smallest point
     * the block lacks; null when there is none with at least v points or t &gt; 3.
     */
    private static long[] plane(int v, int k, int t) {
        if (t > 3 || InversivePlane.points(k) < v) {
            return null;
        }
        return InversivePlane.withBlockSize(k)
                .map(blocks -> deleted(blocks, v))
                .orElse(null);
    }

    private static long[] deleted(long[] blocks, int v) {
        long kept = (1L << v) - 1;
        Set<Long> reduced = new LinkedHashSet<>();
        for (long block : blocks) {
            long inside = block & kept;
            int missing = Long.bitCount(block) - Long.bitCount(inside);
            for (int point = 0; missing > 0; point++) {
                if ((inside & 1L << point) == 0) {
                    inside |= 1L << point;
                    missing--;
                }
            }
            reduced.add(inside);
        }
        return reduced.stream()
                .mapToLong(Long::longValue)
                .toArray();
    }
}
