package org.lotteryengine.engine.evaluation;

import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.combinatorics.Neighbourhood;
import org.lotteryengine.engine.format.LotteryFormat;

/**
 * What each ticket adds to its set, exactly: of the draws on which the ticket wins at a tier or better, the share on
 * which no other ticket of the set does. A ticket whose wins no other ticket shares scores 1; a ticket entirely
 * overlapped by the others scores 0. It measures how well a set spreads its chances, not any ticket's odds, which are
 * the same for every ticket.
 */
public final class TicketContribution {

    private TicketContribution() {
    }

    /**
     * @param masks the set's tickets, distinct
     * @param tier the match count from which a draw counts as a win
     * @return for each ticket, its unique share of its winning draws (0..1)
     */
    public static double[] uniqueShares(LotteryFormat format, long[] masks, int tier) {
        return uniqueShares(format, masks, tier, Interruption.NONE);
    }

    /**
     * As {@link #uniqueShares(LotteryFormat, long[], int)}, asking {@code stop} after each ticket's neighbourhood.
     *
     * @throws org.lotteryengine.engine.WorkStoppedException when {@code stop} says so
     */
    public static double[] uniqueShares(LotteryFormat format, long[] masks, int tier, Interruption stop) {
        int n = format.poolSize();
        int k = format.drawSize();
        if (tier < 1 || tier > k) {
            throw new IllegalArgumentException("tier must be in 1..%d, got %d".formatted(k, tier));
        }
        NeighbourhoodWalk walk = new NeighbourhoodWalk(n, k, tier);
        long pool = CombinationMasks.pool(n);
        long neighbourhood = Neighbourhood.size(n, k, tier);
        int[] ranks = new int[Math.toIntExact(Neighbourhood.largestLayer(n, k, tier))];
        // Two tickets on a draw are enough to know it is shared: the count saturates at 2.
        byte[] counts = new byte[Math.toIntExact(format.totalDraws())];
        for (long mask : masks) {
            for (int m = tier; m <= k; m++) {
                int found = walk.walk(mask, pool, m, ranks);
                for (int i = 0; i < found; i++) {
                    if (counts[ranks[i]] < 2) {
                        counts[ranks[i]]++;
                    }
                }
            }
            stop.check();
        }
        double[] shares = new double[masks.length];
        for (int t = 0; t < masks.length; t++) {
            long alone = 0;
            for (int m = tier; m <= k; m++) {
                int found = walk.walk(masks[t], pool, m, ranks);
                for (int i = 0; i < found; i++) {
                    alone += counts[ranks[i]] == 1 ? 1 : 0;
                }
            }
            shares[t] = (double) alone / neighbourhood;
            stop.check();
        }
        return shares;
    }
}
