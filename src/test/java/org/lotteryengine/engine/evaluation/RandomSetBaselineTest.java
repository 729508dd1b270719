package org.lotteryengine.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.Formats;
import org.lotteryengine.engine.combinatorics.Binomial;
import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.MatchOdds;
import org.lotteryengine.engine.format.Prize;

class RandomSetBaselineTest {

    @Test
    void theClosedFormEqualsTheAverageOverEverySetOfATinyFormat() {
        // 2 of 1..6: T = 15 tickets. Average coverage of a fixed draw over all C(15, 3) = 455 sets of 3 tickets.
        LotteryFormat format = LotteryFormat.of(1, 6, 2, BigDecimal.ONE, List.of(Prize.fixed(1, "1")));
        int total = 15;
        long[] tickets = new long[total];
        long mask = CombinationMasks.first(2);
        for (int i = 0; i < total; i++) {
            tickets[i] = mask;
            mask = CombinationMasks.next(mask);
        }
        long draw = tickets[0];
        long covering = 0;
        long sets = 0;
        for (int a = 0; a < total; a++) {
            for (int b = a + 1; b < total; b++) {
                for (int c = b + 1; c < total; c++) {
                    sets++;
                    if (Long.bitCount(tickets[a] & draw) >= 1 || Long.bitCount(tickets[b] & draw) >= 1
                            || Long.bitCount(tickets[c] & draw) >= 1) {
                        covering++;
                    }
                }
            }
        }
        long neighbourhood = MatchOdds.of(format).waysAtLeast(1);
        assertThat(sets).isEqualTo(Binomial.of(15, 3));
        assertThat(RandomSetBaseline.distinctSetCoverage(total, neighbourhood, 3))
                .isCloseTo((double) covering / sets, within(1e-12));
    }

    @Test
    void theClosedFormAgreesWithASeededMonteCarloOnFiveOfThirtyFive() {
        // 50 random distinct tickets, a random draw, tier 3+. Tolerance: 4 standard errors of the estimate.
        LotteryFormat format = Formats.spec535();
        long total = format.totalDraws();
        int tickets = 50;
        int trials = 40_000;
        SplittableRandom random = new SplittableRandom(20_261_129L);
        int hits = 0;
        for (int trial = 0; trial < trials; trial++) {
            Set<Long> set = new HashSet<>();
            while (set.size() < tickets) {
                set.add(CombinationMasks.unrank(random.nextLong(total), 5));
            }
            long draw = CombinationMasks.unrank(random.nextLong(total), 5);
            boolean won = false;
            for (long ticket : set) {
                won |= Long.bitCount(ticket & draw) >= 3;
            }
            hits += won ? 1 : 0;
        }
        double expected = RandomSetBaseline.distinctSetCoverage(total, 4_501, tickets);
        double standardError = Math.sqrt(expected * (1 - expected) / trials);
        assertThat((double) hits / trials).isCloseTo(expected, within(4 * standardError));
        // NOTES.md: random distinct tickets reach 0.502 for N = 50.
        assertThat(expected).isCloseTo(0.502, within(0.0005));
    }

    @Test
    void quickPicksWithRepeatsCoverNoMoreThanDistinctSets() {
        double distinct = RandomSetBaseline.distinctSetCoverage(324_632, 4_501, 500);
        double quickPicks = RandomSetBaseline.quickPickCoverage(324_632, 4_501, 500);
        assertThat(quickPicks).isLessThanOrEqualTo(distinct);
        assertThat(quickPicks).isCloseTo(1 - Math.pow(1 - 4_501 / 324_632.0, 500), within(1e-12));
        assertThat(RandomSetBaseline.distinctSetCoverage(10, 8, 3)).isEqualTo(1.0);
    }
}
