package org.lotteryengine.engine.evaluation;

import org.lotteryengine.engine.combinatorics.CombinationMasks;

/**
 * What an evaluation gathers, draw by draw in rank order: how many draws have each best match, the payout histogram,
 * and the guarantee (the smallest best match over all draws).
 */
final class Tally {

    /** Beyond this many ranks, unranking the next draw is cheaper than stepping to it. */
    private static final int UNRANK_GAP = 64;

    final long[] drawsWithBestMatch;
    private final LongCounts payouts = new LongCounts();
    private long unpaidBelowLowest;
    int guarantee;
    private final int k;
    private final int lowest;
    /** No draw's best match can be below this, so the guarantee needs no comparison once it is down to it. */
    private final int floor;
    private long maskRank;
    private long mask;

    Tally(int k, int lowest) {
        this(k, lowest, 0, false);
    }

    /**
     * @param floor a best match every draw is known to reach (0 when nothing is known)
     * @param floorReached whether some draw is known to have a best match of {@code floor}: the guarantee then is
     *        {@code floor} without any comparison
     */
    Tally(int k, int lowest, int floor, boolean floorReached) {
        this.k = k;
        this.lowest = lowest;
        this.floor = floor;
        drawsWithBestMatch = new long[k + 1];
        guarantee = floorReached ? floor : k;
        mask = CombinationMasks.first(k);
    }

    /**
     * Records {@code draws} draws with the same best match, known exactly, and the same payout. Coverage counts a best
     * match below the lowest tier under 0, as it does for draws whose best match is not known.
     */
    void record(int best, long payoutUnits, long draws) {
        payouts.add(payoutUnits, draws);
        drawsWithBestMatch[best < lowest ? 0 : best] += draws;
        guarantee = Math.min(guarantee, best);
    }

    /**
     * Records one draw that no ticket matches {@code lowest} times or more: its best match is below {@code lowest} and
     * not known. It is counted under 0 for coverage, and compared with the tickets only while it could still lower
     * the guarantee, stopping at the first ticket that shows it cannot.
     *
     * @param rank the draw's rank, at or after the previous one recorded this way
     */
    void recordBelowLowest(long rank, long payoutUnits, long[] distinct) {
        recordBelowLowest(rank, payoutUnits, distinct, -1);
    }

    /** As {@link #recordBelowLowest(long, long, long[])}, when the draw's mask is already known (else -1). */
    void recordBelowLowest(long rank, long payoutUnits, long[] distinct, long knownMask) {
        drawsWithBestMatch[0]++;
        if (payoutUnits == 0) {
            // Counted in bulk: with few tickets most draws land here.
            unpaidBelowLowest++;
        } else {
            payouts.add(payoutUnits, 1);
        }
        if (guarantee <= floor) {
            return;
        }
        long draw = knownMask != -1 ? knownMask : maskOf(rank);
        int bestHere = 0;
        for (long ticket : distinct) {
            int matches = Long.bitCount(ticket & draw);
            if (matches > bestHere) {
                bestHere = matches;
                if (bestHere >= guarantee) {
                    return;
                }
            }
        }
        guarantee = bestHere;
    }

    /** The payout histogram in units, ascending: {@code [payouts, draws]}. */
    long[][] payoutHistogram() {
        payouts.add(0, unpaidBelowLowest);
        unpaidBelowLowest = 0;
        return payouts.sorted();
    }

    /** The mask of a rank at or after the last one asked for: stepped to when near, unranked when far. */
    private long maskOf(long rank) {
        if (rank - maskRank > UNRANK_GAP) {
            mask = CombinationMasks.unrank(rank, k);
        } else {
            for (long step = maskRank; step < rank; step++) {
                mask = CombinationMasks.next(mask);
            }
        }
        maskRank = rank;
        return mask;
    }
}
