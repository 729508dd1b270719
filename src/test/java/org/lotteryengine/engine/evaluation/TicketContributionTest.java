package org.lotteryengine.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.combinatorics.Binomial;
import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.Prize;

/**
 * Unique shares against brute force over every draw of a 5/20 game.
 */
class TicketContributionTest {

    private static final LotteryFormat GAME = LotteryFormat.of(1, 20, 5, BigDecimal.ONE, List.of(Prize.fixed(3,
            "5")));

    @Test
    void eachTicketsUniqueShareIsTheBruteForceShare() {
        long[] tickets = { CombinationMasks.toMask(0, 1, 2, 3, 4), CombinationMasks.toMask(0, 1, 2, 10, 11),
                CombinationMasks.toMask(15, 16, 17, 18, 19), CombinationMasks.toMask(3, 4, 12, 13, 14) };
        double[] shares = TicketContribution.uniqueShares(GAME, tickets, 3);

        long total = Binomial.of(20, 5);
        for (int t = 0; t < tickets.length; t++) {
            long wins = 0;
            long alone = 0;
            long draw = CombinationMasks.first(5);
            for (long i = 0; i < total; i++, draw = CombinationMasks.next(draw)) {
                if (Long.bitCount(draw & tickets[t]) < 3) {
                    continue;
                }
                wins++;
                boolean shared = false;
                for (int o = 0; o < tickets.length; o++) {
                    shared |= o != t && Long.bitCount(draw & tickets[o]) >= 3;
                }
                alone += shared ? 0 : 1;
            }
            assertThat(shares[t]).as("ticket %d", t).isEqualTo((double) alone / wins);
        }
        // The third ticket shares no number with the others: no draw with 3 of its numbers has 3 of theirs.
        assertThat(shares[2]).isEqualTo(1.0);
        assertThat(shares[0]).isLessThan(1.0);
    }

    @Test
    void aLoneTicketOwnsAllItsWins() {
        assertThat(TicketContribution.uniqueShares(GAME, new long[] { CombinationMasks.toMask(1, 5, 9, 13, 17) }, 4))
                .containsExactly(1.0);
    }
}
