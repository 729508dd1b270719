package org.lotteryengine.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.evaluation.TicketSet;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.Prize;
import org.lotteryengine.engine.format.PrizeKind;
import org.lotteryengine.engine.history.DrawRecord;

class BacktesterTest {

    /** 3 of 1..8: 56 draws. 2 matches win a free $1 ticket, 3 matches $10; no prize below. */
    private static final LotteryFormat SMALL = LotteryFormat.of(1, 8, 3, new BigDecimal("1.00"), List.of(
            new Prize(2, PrizeKind.FREE_TICKET, new BigDecimal("1.00"), null), Prize.fixed(3, "10")));
    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Test
    void replaysTheDrawsTicketByTicket() {
        TicketSet tickets = TicketSet.of(SMALL, List.of(new int[] { 1, 2, 3 }, new int[] { 4, 5, 6 }));
        List<DrawRecord> draws = draws(new int[] { 1, 2, 3 }, // ticket 1 wins $10
                new int[] { 1, 4, 7 }, // nothing
                new int[] { 2, 7, 8 }, // nothing
                new int[] { 7, 8, 1 }, // nothing
                new int[] { 4, 5, 8 }, // ticket 2 wins a free ticket
                new int[] { 1, 2, 4 }); // ticket 1 wins a free ticket

        BacktestResult result = Backtester.run(tickets, draws, Interruption.NONE);

        assertThat(result.draws()).isEqualTo(6);
        assertThat(result.firstDate()).isEqualTo(START);
        assertThat(result.lastDate()).isEqualTo(START.plusDays(5));
        assertThat(result.costCents()).isEqualTo(1_200);
        assertThat(result.tiers()).extracting(tier -> tier.prize()
                .matches(), TierOutcome::winningTickets)
                .containsExactly(tuple(3, 1L), tuple(2,
                        2L));
        assertThat(result.payoutCents()).isEqualTo(1_200);
        assertThat(result.netCents()).isZero();
        assertThat(result.drawsWithWin()).isEqualTo(3);
        assertThat(result.longestRunWithoutWin()).isEqualTo(3);
        assertThat(result.longestRunFrom()).isEqualTo(START.plusDays(1));
        assertThat(result.longestRunTo()).isEqualTo(START.plusDays(3));
        assertThat(result.topWins()).extracting(TopWin::date, TopWin::ticket, win -> win.prize()
                .matches())
                .containsExactly(tuple(START, 1, 3), tuple(START.plusDays(5), 1, 2),
                        tuple(START.plusDays(4), 2,
                                2));
    }

    /**
     * Every prediction against the brute force: all 56^3 sequences of three draws, each figure's exact distribution,
     * with the means, the 95% quantiles and the probabilities of the observed values.
     */
    @Test
    void predictionsEqualEverySequenceOfThreeDraws() {
        TicketSet tickets = TicketSet.of(SMALL, List.of(new int[] { 1, 2, 3 }, new int[] { 1, 4, 5 },
                new int[] { 1, 2, 3 }));
        List<DrawRecord> draws = draws(new int[] { 1, 2, 6 }, new int[] { 6, 7, 8 }, new int[] { 1, 4, 5 });
        BacktestResult result = Backtester.run(tickets, draws, Interruption.NONE);

        long[] all = CombinationMasks.subsetsOf(CombinationMasks.pool(8), 3);
        List<long[]> sequences = new ArrayList<>();
        for (long a : all) {
            for (long b : all) {
                for (long c : all) {
                    sequences.add(new long[] { a, b, c });
                }
            }
        }
        long[] masks = tickets.masks();
        ToLongFunction<long[]> payout = sequence -> {
            long cents = 0;
            for (long draw : sequence) {
                for (long ticket : masks) {
                    int m = Long.bitCount(ticket & draw);
                    cents += m == 3 ? 1_000 : m == 2 ? 100 : 0;
                }
            }
            return cents;
        };
        check(result.payout(), result.payoutCents(), sequences, payout);
        for (int matches : new int[] { 3, 2 }) {
            TierOutcome tier = result.tiers()
                    .stream()
                    .filter(outcome -> outcome.prize()
                            .matches() == matches)
                    .findFirst()
                    .orElseThrow();
            check(tier.predicted(), tier.winningTickets(), sequences, sequence -> {
                long wins = 0;
                for (long draw : sequence) {
                    for (long ticket : masks) {
                        wins += Long.bitCount(ticket & draw) == matches ? 1 : 0;
                    }
                }
                return wins;
            });
        }
        ToLongFunction<long[]> wonOn = sequence -> {
            long won = 0;
            for (long draw : sequence) {
                won += winning(masks, draw) ? 1 : 0;
            }
            return won;
        };
        check(result.drawsWithWinPredicted(), result.drawsWithWin(), sequences, wonOn);
        check(result.longestRun(), result.longestRunWithoutWin(), sequences, sequence -> {
            int longest = 0;
            int run = 0;
            for (long draw : sequence) {
                run = winning(masks, draw) ? 0 : run + 1;
                longest = Math.max(longest, run);
            }
            return longest;
        });
        assertThat(result.net()
                .mean()).isCloseTo(
                        result.payout()
                                .mean() - 900,
                        within(1e-9));
        assertThat(result.net()
                .lower95()).isEqualTo(
                        result.payout()
                                .lower95() - 900);
    }

    @Test
    void aSumOverManyDrawsHasTheBinomialQuantiles() {
        // One draw gives 7 with probability 3/10, else 0: over 500 draws the sum is 7 times a binomial.
        Prediction prediction = DrawSum.predict(new long[] { 0, 7 }, new long[] { 7, 3 }, 500, 7 * 160);
        BinomialDistribution binomial = BinomialDistribution.of(500, 0.3);
        assertThat(prediction.mean()).isCloseTo(1050, within(1e-9));
        assertThat(prediction.lower95()).isEqualTo(7L * binomial.inverseCumulativeProbability(0.025));
        assertThat(prediction.upper95()).isEqualTo(7L * binomial.inverseCumulativeProbability(0.975));
        assertThat(prediction.atMostObserved()).isCloseTo(binomial.cumulativeProbability(160), within(1e-10));
        assertThat(prediction.atLeastObserved()).isCloseTo(binomial.survivalProbability(159), within(1e-10));
    }

    @Test
    void aSumTooLargeForTheGridIsBoundedOnBothSides() {
        // 10,000,007 units with probability 3/10 over 500 draws needs a grid of billions: values are bucketed.
        long value = 10_000_007;
        Prediction prediction = DrawSum.predict(new long[] { 0, value }, new long[] { 7, 3 }, 500, 0);
        BinomialDistribution binomial = BinomialDistribution.of(500, 0.3);
        long lower = value * binomial.inverseCumulativeProbability(0.025);
        long upper = value * binomial.inverseCumulativeProbability(0.975);
        assertThat(prediction.lower95()).isLessThanOrEqualTo(lower)
                .isGreaterThan(lower - lower / 100);
        assertThat(prediction.upper95()).isGreaterThanOrEqualTo(upper)
                .isLessThan(upper + upper / 100);
        assertThat(prediction.atMostObserved()).isNull();
        assertThat(prediction.mean()).isCloseTo(value * 150.0, within(1e-3));
    }

    @Test
    void theLongestRunOfAFairCoinMatchesItsBruteForce() {
        LongestRun run = new LongestRun(0.5, 12);
        int[] longest = new int[13];
        for (int outcomes = 0; outcomes < 1 << 12; outcomes++) {
            int best = 0;
            int current = 0;
            for (int i = 0; i < 12; i++) {
                current = (outcomes >> i & 1) == 1 ? 0 : current + 1;
                best = Math.max(best, current);
            }
            longest[best]++;
        }
        long below = 0;
        for (int length = 0; length <= 12; length++) {
            assertThat(run.belowLength(length)).as("P(longest < %d)", length)
                    .isCloseTo(below / 4096.0, within(1e-12));
            below += longest[length];
        }
    }

    private static boolean winning(long[] masks, long draw) {
        for (long ticket : masks) {
            if (Long.bitCount(ticket & draw) >= 2) {
                return true;
            }
        }
        return false;
    }

    private static void check(Prediction prediction, long observed, List<long[]> sequences,
            ToLongFunction<long[]> figure) {
        TreeMap<Long, Long> counts = new TreeMap<>();
        for (long[] sequence : sequences) {
            counts.merge(figure.applyAsLong(sequence), 1L, Long::sum);
        }
        double total = sequences.size();
        double mean = 0;
        double atMost = 0;
        double atLeast = 0;
        long lower = -1;
        long upper = -1;
        double cumulative = 0;
        for (var entry : counts.entrySet()) {
            double p = entry.getValue() / total;
            mean += entry.getKey() * p;
            cumulative += p;
            atMost += entry.getKey() <= observed ? p : 0;
            atLeast += entry.getKey() >= observed ? p : 0;
            if (lower < 0 && cumulative >= 0.025 - 1e-12) {
                lower = entry.getKey();
            }
            if (upper < 0 && cumulative >= 0.975 - 1e-12) {
                upper = entry.getKey();
            }
        }
        assertThat(prediction.mean()).isCloseTo(mean, within(1e-9));
        assertThat(prediction.lower95()).isEqualTo(lower);
        assertThat(prediction.upper95()).isEqualTo(upper);
        assertThat(prediction.atMostObserved()).isCloseTo(atMost, within(1e-9));
        assertThat(prediction.atLeastObserved()).isCloseTo(atLeast, within(1e-9));
    }

    private static List<DrawRecord> draws(int[]... numbers) {
        List<DrawRecord> draws = new ArrayList<>();
        for (int i = 0; i < numbers.length; i++) {
            draws.add(new DrawRecord(START.plusDays(i), null, SMALL.maskOf(numbers[i])));
        }
        return draws;
    }
}
