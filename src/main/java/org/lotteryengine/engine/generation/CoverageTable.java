package org.lotteryengine.engine.generation;

import java.util.HashMap;
import java.util.Map;

/**
 * For every possible draw D (by colex rank), the number c(D) of a set's tickets that match it at the target tier or
 * better, and from it the draws with c &ge; 1 (the set's coverage) and with c &ge; 2, kept exact as tickets change.
 */
final class CoverageTable {

    private static final int SATURATED = 255;

    /**
     * c(D) for every draw, one byte each so that the table stays in cache (325 KB for 5/35); counts from 255 up keep
     * 255 here and the excess in {@link #overflow}, which the objectives never need to read.
     */
    private final byte[] counts;
    private final Map<Integer, Integer> overflow = new HashMap<>();
    private long atLeastOne;
    private long atLeastTwo;

    CoverageTable(long totalDraws) {
        this.counts = new byte[Math.toIntExact(totalDraws)];
    }

    /** One more ticket wins draw {@code rank}. */
    void add(int rank) {
        int count = counts[rank] & 0xFF;
        if (count == 0) {
            atLeastOne++;
        } else if (count == 1) {
            atLeastTwo++;
        }
        if (count == SATURATED) {
            overflow.merge(rank, 1, Integer::sum);
        } else {
            counts[rank] = (byte) (count + 1);
        }
    }

    /** One ticket fewer wins draw {@code rank}. */
    void remove(int rank) {
        int count = counts[rank] & 0xFF;
        if (count == 1) {
            atLeastOne--;
        } else if (count == 2) {
            atLeastTwo--;
        }
        if (count == SATURATED && overflow.containsKey(rank)) {
            overflow.computeIfPresent(rank, (key, excess) -> excess == 1 ? null : excess - 1);
        } else {
            counts[rank] = (byte) (count - 1);
        }
    }

    /** c(D) of draw {@code rank}, exact up to 255 and 255 above: the objectives only tell 0, 1, 2 and more apart. */
    int wins(int rank) {
        return counts[rank] & 0xFF;
    }

    /** Draws with at least one win. */
    long atLeastOne() {
        return atLeastOne;
    }

    /** Draws with at least two wins. */
    long atLeastTwo() {
        return atLeastTwo;
    }

    long totalDraws() {
        return counts.length;
    }
}
