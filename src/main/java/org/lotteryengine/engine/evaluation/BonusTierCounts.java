package org.lotteryengine.engine.evaluation;

/**
 * How the winning tickets of some consecutive ranks of a bonus game pack in one long, {@code bits} bits per rank, so
 * that one enumeration of the draws counts them all ({@link BonusSetEvaluator#tierCounts}). The worst rank sits in the
 * lowest bits: it is the one most draws win, so most keys stay small.
 *
 * @param fromRank the first (best) rank counted
 * @param ranks how many ranks are packed
 * @param bits bits per count: enough for the set's size
 */
public record BonusTierCounts(int fromRank, int ranks, int bits) {

    public BonusTierCounts {
        if (ranks < 1 || fromRank < 0 || bits < 1 || (long) ranks * bits > Long.SIZE - 1) {
            throw new IllegalArgumentException("%d ranks of %d bits do not pack in one non-negative long".formatted(
                    ranks, bits));
        }
    }

    /** The packing of {@code ranks} ranks from {@code fromRank} for a set of this many tickets. */
    public static BonusTierCounts of(int fromRank, int ranks, int tickets) {
        return new BonusTierCounts(fromRank, ranks, bitsFor(tickets));
    }

    /** Bits that hold any count from 0 to {@code tickets}. */
    public static int bitsFor(int tickets) {
        return Math.max(1, 64 - Long.numberOfLeadingZeros(tickets));
    }

    /** Ranks one key can pack for a set of this size, keeping the key non-negative. */
    public static int ranksPerPass(int tickets) {
        return (Long.SIZE - 1) / bitsFor(tickets);
    }

    /** What one ticket winning at {@code rank} adds to a key: 0 for a rank not packed here. */
    public long unit(int rank) {
        int field = fromRank + ranks - 1 - rank;
        return field >= 0 && field < ranks ? 1L << bits * field : 0;
    }

    /** The count of winning tickets at {@code rank} in a key. */
    public int count(long key, int rank) {
        return (int) (key >>> bits * (fromRank + ranks - 1 - rank) & (1L << bits) - 1);
    }

    /** The rank whose count sits in the {@code field}-th group of bits from the lowest. */
    public int rankOfField(int field) {
        return fromRank + ranks - 1 - field;
    }
}
