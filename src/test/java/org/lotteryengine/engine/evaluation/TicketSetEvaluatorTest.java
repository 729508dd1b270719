package org.lotteryengine.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.lotteryengine.engine.Formats;
import org.lotteryengine.engine.WorkStoppedException;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.MatchOdds;
import org.lotteryengine.engine.format.Prize;
import org.lotteryengine.engine.format.PrizeKind;

/**
 * Every figure of the evaluator equals a naive every-ticket-times-every-draw count, on small formats, for random and
 * adversarial sets, and for every lowest tier (which exercises both the neighbourhood walk and the full scan).
 */
class TicketSetEvaluatorTest {

    private static final TicketSetEvaluator EVALUATOR = TicketSetEvaluator.standard();

    static Stream<Arguments> smallFormats() {
        List<Arguments> cases = new ArrayList<>();
        // Prizes deliberately uneven (gcd 50 cents in one, a prize for 0 matches in another) to exercise the units.
        LotteryFormat fourOfTwelve = LotteryFormat.of(1, 12, 4, new BigDecimal("1.00"),
                List.of(Prize.fixed(2, "1.50"), Prize.fixed(3, "20"), Prize.fixed(4, "1000")));
        LotteryFormat fiveOfSixteen = LotteryFormat.of(1, 16, 5, new BigDecimal("2.00"),
                List.of(new Prize(0, PrizeKind.FREE_TICKET, new BigDecimal("2.00"), null), Prize.fixed(3, "5"),
                        Prize.fixed(4, "75.25"), Prize.fixed(5, "10000")));
        LotteryFormat threeOfTwenty = LotteryFormat.of(1, 20, 3, new BigDecimal("0.50"),
                List.of(Prize.fixed(2, "3"), new Prize(3, PrizeKind.PARI_MUTUEL, null, "unknown")));
        LotteryFormat zeroBased = LotteryFormat.of(0, 13, 4, new BigDecimal("1.00"), List.of(Prize.fixed(4, "50")));
        for (LotteryFormat format : List.of(fourOfTwelve, fiveOfSixteen, threeOfTwenty, zeroBased)) {
            SplittableRandom random = new SplittableRandom(format.poolSize() * 31L + format.drawSize());
            for (int n : new int[] { 1, 2, 7, 25 }) {
                cases.add(Arguments.of(format, "random " + n, randomTickets(format, n, random)));
            }
            int[] first = firstTicket(format);
            cases.add(Arguments.of(format, "one ticket three times", List.of(first, first.clone(), first.clone())));
            cases.add(Arguments.of(format, "overlapping", overlapping(format)));
            List<int[]> withDuplicates = new ArrayList<>(randomTickets(format, 6, random));
            withDuplicates.add(withDuplicates.get(0).clone());
            withDuplicates.add(withDuplicates.get(3).clone());
            cases.add(Arguments.of(format, "random with duplicates", withDuplicates));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("smallFormats")
    void everyFigureEqualsTheBruteForce(LotteryFormat format, String description, List<int[]> tickets) {
        int k = format.drawSize();
        long[] prizeCents = new long[k + 1];
        format.prizes()
                .forEach(prize -> prizeCents[prize.matches()] = prize.amountInCents());
        BruteForce.Result expected = BruteForce.evaluate(format.numberMin(), format.numberMax(), k, prizeCents,
                tickets.toArray(int[][]::new));
        TicketSet set = TicketSet.of(format, tickets);
        for (EvaluationStrategy strategy : EvaluationStrategy.values()) {
            TicketSetEvaluator evaluator = TicketSetEvaluator.using(strategy);
            for (int lowest = 0; lowest <= k; lowest++) {
                TicketSetEvaluation actual = evaluator.evaluate(set, lowest);
                String where = "%s, lowest tier %d".formatted(strategy, lowest);
                assertThat(actual.totalDraws()).isEqualTo(expected.totalDraws());
                for (int t = lowest; t <= k; t++) {
                    assertThat(actual.drawsWithWinAtLeast(t))
                            .as("draws with a win of %d+ (%s)", t, where)
                            .isEqualTo(expected.drawsWithBestAtLeast(t));
                }
                assertThat(actual.guaranteedMatches()).as("guarantee (%s)", where)
                        .isEqualTo(expected.guarantee());
                assertThat(BruteForce.histogram(actual.payout())).as("payout distribution (%s)", where)
                        .isEqualTo(expected.payoutCents());
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("smallFormats")
    void expectedWinsAndPayoutMomentsAreTheClosedForms(LotteryFormat format, String description, List<int[]> tickets) {
        TicketSetEvaluation evaluation = EVALUATOR.evaluate(TicketSet.of(format, tickets));
        MatchOdds odds = MatchOdds.of(format);
        int n = tickets.size();
        for (int m = 0; m <= format.drawSize(); m++) {
            assertThat(evaluation.expectedWinningTickets(m)).isEqualByComparingTo(BigDecimal.valueOf(n * odds.ways(m))
                    .divide(BigDecimal.valueOf(odds.totalDraws()), MatchOdds.PRECISION));
        }
        // E[payout] of any N tickets is N times a ticket's expected value, whatever the set.
        assertThat(evaluation.payout()
                .expected()
                .round(new MathContext(30))).isEqualByComparingTo(odds.expectedValuePerTicket()
                        .multiply(BigDecimal.valueOf(n))
                        .round(new MathContext(30)));
    }

    @Test
    void oneSpecTicketHasTheExactPayoutDistribution() {
        LotteryFormat format = Formats.spec535();
        TicketSetEvaluation evaluation = EVALUATOR.evaluate(TicketSet.of(format, List.<int[]> of(new int[] { 5, 16,
                23, 28, 34 })));
        PayoutDistribution payout = evaluation.payout();
        assertThat(payout.payoutsInCents()).containsExactly(0, 1_500, 50_000, 10_000_000);
        assertThat(payout.drawsPerPayout()).containsExactly(324_632 - 4_501, 4_350, 150, 1);
        assertThat(payout.expected()).isEqualByComparingTo(new BigDecimal("240250")
                .divide(new BigDecimal("324632"), MatchOdds.PRECISION));
        assertThat(payout.probabilityAtLeast(100)).isEqualTo(4_501 / 324_632.0);
        assertThat(payout.probabilityAbove(1_500)).isEqualTo(151 / 324_632.0);
        assertThat(payout.quantile(0.5)).isZero();
        assertThat(payout.quantile(0.99)).isEqualTo(1_500);
        assertThat(payout.maximum()).isEqualTo(10_000_000);
        // Var = E[X^2] - E[X]^2 with X in dollars.
        double mean = 240_250 / 324_632.0;
        double secondMoment = (15.0 * 15 * 4_350 + 500.0 * 500 * 150 + 1e10) / 324_632;
        assertThat(payout.variance()
                .doubleValue()).isCloseTo(secondMoment - mean * mean, within(1e-6));
        assertThat(evaluation.coverage(3)).isEqualTo(4_501 / 324_632.0);
        assertThat(evaluation.guaranteedMatches()).isZero();
        assertThat(evaluation.cost()).isEqualByComparingTo("1.00");
    }

    @Test
    void everyDrawMatchesOneExactlyWhenTheUncoveredNumbersCannotMakeADraw() {
        LotteryFormat format = Formats.spec535();
        // Six disjoint tickets hold 1..30: 31..35 is a draw no ticket touches.
        int[][] thirty = parse("1 2 3 4 5 | 6 7 8 9 10 | 11 12 13 14 15 | 16 17 18 19 20 | 21 22 23 24 25 | "
                + "26 27 28 29 30");
        TicketSet withoutOne = TicketSet.of(format, Arrays.asList(thirty));
        assertThat(TicketSetEvaluator.everyDrawMatchesOne(format, withoutOne.distinctMasks())).isFalse();
        assertThat(EVALUATOR.evaluate(withoutOne, 3)
                .guaranteedMatches()).isZero();
        // One more ticket holding 31 leaves four numbers untouched: every draw meets some ticket.
        List<int[]> thirtyOne = new ArrayList<>(Arrays.asList(thirty));
        thirtyOne.add(parse("1 6 11 16 31")[0]);
        TicketSet withOne = TicketSet.of(format, thirtyOne);
        assertThat(TicketSetEvaluator.everyDrawMatchesOne(format, withOne.distinctMasks())).isTrue();
        for (EvaluationStrategy strategy : EvaluationStrategy.values()) {
            assertThat(TicketSetEvaluator.using(strategy)
                    .evaluate(withOne, 3)
                    .guaranteedMatches()).as(strategy.name())
                    .isEqualTo(1);
        }
    }

    @Test
    void nineteenTicketsGuaranteeATwoMatchOnEveryFiveOfThirtyFiveDraw() {
        // Known fact (issue 2/8): this 19-ticket set covers every 5/35 draw with a 2-match, and is minimal.
        int[][] tickets = parse("1 2 3 4 7 | 1 2 6 7 8 | 3 4 5 6 8 | 1 2 5 6 7 | 9 10 11 12 15 | 9 10 14 15 16 | "
                + "11 12 13 14 16 | 9 10 13 14 15 | 17 18 19 20 23 | 17 18 22 23 24 | 19 20 21 22 24 | "
                + "17 18 21 22 23 | 27 31 32 33 35 | 25 26 31 34 35 | 26 29 30 32 34 | 28 29 30 31 35 | "
                + "26 27 28 33 34 | 25 27 29 30 33 | 25 27 28 32 35");
        LotteryFormat format = Formats.spec535();
        for (EvaluationStrategy strategy : EvaluationStrategy.values()) {
            TicketSetEvaluation all = TicketSetEvaluator.using(strategy)
                    .evaluate(TicketSet.of(format, Arrays.asList(tickets)), 2);
            assertThat(all.guaranteedMatches()).as(strategy.name())
                    .isEqualTo(2);
            assertThat(all.coverage(2)).isEqualTo(1.0);
        }
        for (int removed = 0; removed < tickets.length; removed++) {
            List<int[]> fewer = new ArrayList<>(Arrays.asList(tickets));
            fewer.remove(removed);
            assertThat(EVALUATOR.evaluate(TicketSet.of(format, fewer), 2)
                    .guaranteedMatches())
                    .as("without ticket %d", removed)
                    .isLessThan(2);
        }
    }

    @Test
    void largePayoutsUseEightBytesPerDrawAndStayExact() {
        // 40 copies of one ticket with a huge jackpot: 40 * 10^11 cents exceeds 2^27 units of the gcd (1 cent).
        LotteryFormat format = LotteryFormat.of(1, 12, 4, new BigDecimal("1.00"),
                List.of(Prize.fixed(3, "0.01"), Prize.fixed(4, "1000000000")));
        List<int[]> tickets = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tickets.add(new int[] { 1, 2, 3, 4 });
        }
        tickets.add(new int[] { 5, 6, 7, 8 });
        long[] prizeCents = { 0, 0, 0, 1, 100_000_000_000L };
        BruteForce.Result expected = BruteForce.evaluate(1, 12, 4, prizeCents, tickets.toArray(int[][]::new));
        for (EvaluationStrategy strategy : EvaluationStrategy.values()) {
            TicketSetEvaluation actual = TicketSetEvaluator.using(strategy)
                    .evaluate(TicketSet.of(format, tickets));
            assertThat(BruteForce.histogram(actual.payout())).as(strategy.name())
                    .isEqualTo(expected.payoutCents());
            assertThat(actual.payout()
                    .maximum()).isEqualTo(4_000_000_000_000L);
        }
    }

    @ParameterizedTest
    @EnumSource(EvaluationStrategy.class)
    void anInterruptionIsAskedThroughoutTheWorkAndStopsItWhereItSays(EvaluationStrategy strategy) {
        LotteryFormat format = Formats.spec535();
        SplittableRandom random = new SplittableRandom(7);
        List<int[]> tickets = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            tickets.add(random.ints(1, 36)
                    .distinct()
                    .limit(5)
                    .toArray());
        }
        TicketSet set = TicketSet.of(format, tickets);
        TicketSetEvaluator evaluator = TicketSetEvaluator.using(strategy);
        AtomicInteger checks = new AtomicInteger();
        TicketSetEvaluation full = evaluator.evaluate(set, 3, checks::incrementAndGet);
        // At least once per ticket's neighbourhood or per slice of the scan: never one long silent stretch.
        assertThat(checks.get()).isGreaterThanOrEqualTo(strategy == EvaluationStrategy.NEIGHBOURHOOD_WALK ? 40 : 50);
        assertThat(full.drawsWithWinAtLeast(3)).isEqualTo(EVALUATOR.evaluate(set, 3)
                .drawsWithWinAtLeast(3));

        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> evaluator.evaluate(set, 3, () -> {
            if (asked.incrementAndGet() == 5) {
                throw new WorkStoppedException(WorkStoppedException.Reason.DEADLINE);
            }
        })).isInstanceOf(WorkStoppedException.class);
        assertThat(asked.get()).isEqualTo(5);
    }

    @Test
    void refusesWhatItCannotEvaluate() {
        LotteryFormat huge = LotteryFormat.of(1, 64, 10, BigDecimal.ONE, List.of(Prize.fixed(10, "1")));
        TicketSet set = TicketSet.of(huge, List.<int[]> of(new int[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }));
        assertThatThrownBy(() -> EVALUATOR.evaluate(set)).hasMessageContaining(
                "exact evaluation is limited to games with at most 20,000,000 possible draws");
        assertThatThrownBy(() -> TicketSet.of(Formats.spec535(), List.<int[]> of(new int[] { 1, 2, 3 })))
                .isInstanceOf(InvalidTicketException.class)
                .hasMessage("ticket 0: a ticket holds 5 numbers, got 3");
        assertThatThrownBy(() -> EVALUATOR.evaluate(TicketSet.of(Formats.spec535(), List.of())))
                .hasMessageContaining("at least one ticket");
    }

    static int[][] parse(String tickets) {
        return Arrays.stream(tickets.split("\\|"))
                .map(ticket -> Arrays.stream(ticket.trim()
                        .split("\\s+"))
                        .mapToInt(Integer::parseInt)
                        .toArray())
                .toArray(int[][]::new);
    }

    private static List<int[]> randomTickets(LotteryFormat format, int count, SplittableRandom random) {
        List<int[]> tickets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tickets.add(randomTicket(format, random));
        }
        return tickets;
    }

    static int[] randomTicket(LotteryFormat format, SplittableRandom random) {
        int[] numbers = new int[format.drawSize()];
        int filled = 0;
        while (filled < numbers.length) {
            int candidate = format.numberMin() + random.nextInt(format.poolSize());
            boolean used = false;
            for (int i = 0; i < filled; i++) {
                used |= numbers[i] == candidate;
            }
            if (!used) {
                numbers[filled++] = candidate;
            }
        }
        return numbers;
    }

    private static int[] firstTicket(LotteryFormat format) {
        int[] numbers = new int[format.drawSize()];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = format.numberMin() + i;
        }
        return numbers;
    }

    /** Tickets that differ by one number each, a sliding window: heavy overlap of neighbourhoods. */
    private static List<int[]> overlapping(LotteryFormat format) {
        List<int[]> tickets = new ArrayList<>();
        for (int start = 0; start + format.drawSize() <= format.poolSize(); start++) {
            int[] numbers = new int[format.drawSize()];
            for (int i = 0; i < numbers.length; i++) {
                numbers[i] = format.numberMin() + start + i;
            }
            tickets.add(numbers);
        }
        return tickets;
    }
}
