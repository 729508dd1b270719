package org.lotteryengine.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.combinatorics.Binomial;
import org.lotteryengine.engine.combinatorics.CombinationMasks;

/**
 * The walk lists exactly the draws brute force finds: every draw of the pool sharing m numbers with the ticket, among
 * them the required ones, each once, by colex rank.
 */
class NeighbourhoodWalkTest {

    private static final int N = 20;
    private static final int K = 5;

    private static long[] bruteForce(long ticket, long pool, int matches, long required) {
        long[] ranks = new long[(int) Binomial.of(N, K)];
        int count = 0;
        long draw = CombinationMasks.first(K);
        for (long i = 0; i < Binomial.of(N, K); i++, draw = CombinationMasks.next(draw)) {
            long shared = draw & ticket;
            if ((draw & ~pool) == 0 && Long.bitCount(shared) == matches && (shared & required) == required) {
                ranks[count++] = CombinationMasks.rank(draw);
            }
        }
        return Arrays.copyOf(ranks, count);
    }

    private static long[] walked(NeighbourhoodWalk walk, long ticket, long pool, int matches, long required) {
        int[] buffer = new int[(int) Binomial.of(N, K)];
        int count = walk.walk(ticket, pool, matches, required, buffer);
        return Arrays.stream(buffer, 0, count)
                .asLongStream()
                .sorted()
                .toArray();
    }

    @Test
    void everyDrawOnceWithAndWithoutRequiredNumbersAndAMissingNumber() {
        SplittableRandom random = new SplittableRandom(11);
        NeighbourhoodWalk walk = new NeighbourhoodWalk(N, K, 0);
        long all = (1L << N) - 1;
        for (int trial = 0; trial < 40; trial++) {
            long ticket = CombinationMasks.unrank(random.nextLong(Binomial.of(N, K)), K);
            int[] inside = CombinationMasks.toElements(ticket);
            long x = 1L << inside[random.nextInt(K)];
            long y;
            do {
                y = 1L << random.nextInt(N);
            } while ((y & ticket) != 0);
            for (int m = 0; m <= K; m++) {
                assertThat(walked(walk, ticket, all, m, 0)).isEqualTo(bruteForce(ticket, all, m, 0));
                // The draws a ticket loses when it trades x for y: x among the matches, y not drawn.
                long pool = all & ~y;
                assertThat(walked(walk, ticket, pool, m, x)).as("trial %d, m %d", trial, m)
                        .isEqualTo(bruteForce(ticket, pool, m, x));
                long twoRequired = x | Long.lowestOneBit(ticket & ~x);
                assertThat(walked(walk, ticket, pool, m, twoRequired)).isEqualTo(bruteForce(ticket, pool, m,
                        twoRequired));
            }
        }
    }
}
