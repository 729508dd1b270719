package org.lotteryengine.engine.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.generation.mapping.GeneratedSetFigures;
import org.lotteryengine.generation.rest.dto.ExpectedPerformanceResponse;

/**
 * Every figure a generation reports about its tickets (the engine's result and the API's expectedPerformance read off
 * it, {@link GeneratedSetFigures}), recomputed here by comparing the tickets with each of the
 * 324,632 draws of 5/35, and by closed forms written out independently: nothing is a constant.
 */
class GeneratedSetFiguresTest {

    private static final long TOTAL = 324_632L;
    private static final long[] PRIZE_CENTS = { 0, 0, 0, 1_500, 50_000, 10_000_000 };
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    /** What brute force finds for a set. */
    private record Tally(long[] drawsWithWinAtLeast, long[] drawsWithTwoWinsAtLeast, long[] ticketDrawPairs,
            BigDecimal expectedPayout, long drawsPayingAtLeastCost) {
    }

    private static Tally tally(long[] tickets, long costCents) {
        long[] one = new long[6];
        long[] two = new long[6];
        long[] pairs = new long[6];
        long payoutSum = 0;
        long breakEven = 0;
        long draw = CombinationMasks.first(5);
        for (long i = 0; i < TOTAL; i++, draw = CombinationMasks.next(draw)) {
            int[] atLeast = new int[6];
            long payout = 0;
            for (long ticket : tickets) {
                int matches = Long.bitCount(ticket & draw);
                pairs[matches]++;
                payout += PRIZE_CENTS[matches];
                for (int m = 0; m <= matches; m++) {
                    atLeast[m]++;
                }
            }
            for (int m = 0; m <= 5; m++) {
                one[m] += atLeast[m] >= 1 ? 1 : 0;
                two[m] += atLeast[m] >= 2 ? 1 : 0;
            }
            payoutSum += payout;
            breakEven += payout >= costCents ? 1 : 0;
        }
        return new Tally(one, two, pairs, BigDecimal.valueOf(payoutSum)
                .divide(BigDecimal.valueOf(TOTAL), PRECISION)
                .movePointLeft(2), breakEven);
    }

    private static long binomial(int n, int k) {
        long result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }

    @ParameterizedTest(name = "tier{0} {1} N={2}")
    @CsvSource({ "3, CONSERVATIVE, 50", "4, AGGRESSIVE, 100", "5, BALANCED, 10", "3, AGGRESSIVE, 20" })
    void everyReportedFigureIsTheBruteForceValue(int tier, Strategy strategy, int n) {
        GenerationResult result = GenerationEngineTest.run(GenerationEngineTest.TIMELESS, GenerationFixtures.request(
                tier, n, strategy, 77L));
        long[] masks = result.tickets().stream().mapToLong(GeneratedTicket::mask).toArray();
        Tally tally = tally(masks, n * 100L);

        QualityMetrics.Coverage coverage = result.quality().coverage();
        assertThat(coverage.atLeastOneWin()).isEqualTo((double) tally.drawsWithWinAtLeast()[tier] / TOTAL);
        assertThat(coverage.atLeastTwoWins()).isEqualTo((double) tally.drawsWithTwoWinsAtLeast()[tier] / TOTAL);
        long neighbourhood = 0;
        for (int m = tier; m <= 5; m++) {
            neighbourhood += binomial(5, m) * binomial(30, 5 - m);
        }
        double p = (double) neighbourhood / TOTAL;
        assertThat(coverage.randomQuickPicksAtLeastOne()).isCloseTo(1 - Math.pow(1 - p, n), within(1e-12));

        ExpectedPerformanceResponse performance = GeneratedSetFigures.expectedPerformance(result.evaluation());
        assertThat(performance.theoretical()).containsOnlyKeys("tier5Wins", "tier4Wins", "tier3Wins");
        for (int m = 3; m <= 5; m++) {
            String name = "tier" + m;
            long ways = binomial(5, m) * binomial(30, 5 - m);
            assertThat(performance.theoretical().get(name + "Wins")).isEqualByComparingTo(BigDecimal.valueOf(n * ways)
                    .divide(BigDecimal.valueOf(TOTAL), PRECISION));
            // The same expectation for this set: no set of distinct tickets changes it.
            assertThat((BigDecimal) performance.optimized().get(name + "Wins")).isEqualByComparingTo(BigDecimal
                    .valueOf(tally.ticketDrawPairs()[m])
                    .divide(BigDecimal.valueOf(TOTAL), PRECISION))
                    .isEqualByComparingTo(performance.theoretical().get(name + "Wins"));
            double atLeastOne = (double) tally.drawsWithWinAtLeast()[m] / TOTAL;
            assertThat(performance.optimized().get(name + "AtLeastOneWin")).isEqualTo(atLeastOne);
            long waysAtLeast = 0;
            for (int j = m; j <= 5; j++) {
                waysAtLeast += binomial(5, j) * binomial(30, 5 - j);
            }
            double quickPicks = 1 - Math.pow(1 - (double) waysAtLeast / TOTAL, n);
            assertThat((double) performance.optimized().get(name + "RandomQuickPicks")).isCloseTo(quickPicks,
                    within(1e-12));
            assertThat(performance.improvement().get(name)).isEqualTo(String.format(Locale.ROOT, "%.1f%%",
                    (atLeastOne - (double) performance.optimized().get(name + "RandomQuickPicks"))
                            / (double) performance.optimized().get(name + "RandomQuickPicks") * 100));
        }
        ExpectedPerformanceResponse.FinancialProjection money = performance.financialProjection();
        BigDecimal cost = BigDecimal.valueOf(n).setScale(2);
        assertThat(money.cost()).isEqualByComparingTo(cost);
        assertThat(money.expectedRevenue()).isEqualByComparingTo(tally.expectedPayout());
        assertThat(money.breakEvenProbability()).isEqualTo((double) tally.drawsPayingAtLeastCost() / TOTAL);
        assertThat(money.roi()).isEqualByComparingTo(tally.expectedPayout()
                .subtract(cost)
                .divide(cost, PRECISION)
                .multiply(BigDecimal.valueOf(100))
                .round(PRECISION));

        if (strategy == Strategy.AGGRESSIVE) {
            assertGuaranteesByBruteForce(result.pool(), masks, result.wheelGuarantees());
        }
    }

    /** For x = 0..5: the fewest matches the best ticket has over all draws with x numbers in the pool. */
    private static void assertGuaranteesByBruteForce(long pool, long[] tickets, java.util.List<Integer> reported) {
        int[] guarantee = { 6, 6, 6, 6, 6, 6 };
        long draw = CombinationMasks.first(5);
        for (long i = 0; i < TOTAL; i++, draw = CombinationMasks.next(draw)) {
            int best = 0;
            for (long ticket : tickets) {
                best = Math.max(best, Long.bitCount(ticket & draw));
            }
            int inPool = Long.bitCount(draw & pool);
            guarantee[inPool] = Math.min(guarantee[inPool], best);
        }
        assertThat(reported).hasSize(6);
        for (int x = 0; x <= 5; x++) {
            assertThat(reported.get(x)).as("guarantee with %d numbers in the pool", x).isEqualTo(guarantee[x]);
        }
    }
}
