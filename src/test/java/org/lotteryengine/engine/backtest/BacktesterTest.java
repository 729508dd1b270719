package org.lotteryengine.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.evaluation.BonusTicket;
import org.lotteryengine.engine.evaluation.TicketSet;
import org.lotteryengine.engine.format.BonusDrum;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.BonusTier;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.Prize;
import org.lotteryengine.engine.format.PrizeKind;
import org.lotteryengine.engine.history.BonusDraw;
import org.lotteryengine.engine.history.BonusDrawRecord;
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
        assertThat(result.tiers()).extracting(tier -> tier.tier()
                .mainMatches(), TierOutcome::winningTickets)
                .containsExactly(tuple(3, 1L), tuple(2,
                        2L));
        assertThat(result.payoutCents()).isEqualTo(1_200);
        assertThat(result.netCents()).isZero();
        assertThat(result.drawsWithWin()).isEqualTo(3);
        assertThat(result.longestRunWithoutWin()).isEqualTo(3);
        assertThat(result.longestRunFrom()).isEqualTo(START.plusDays(1));
        assertThat(result.longestRunTo()).isEqualTo(START.plusDays(3));
        assertThat(result.topWins()).extracting(TopWin::date, TopWin::ticket, win -> win.tier()
                .mainMatches())
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
                    .filter(outcome -> outcome.tier()
                            .mainMatches() == matches)
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

    /** 3 of 1..6 and 1 of 1..3: 60 draws. */
    private static final BonusGame ONE_BONUS = BonusGame.of(1, 6, 3, BonusDrum.SEPARATE, 1, 3, 1, new BigDecimal(
            "1.00"),
            List.of(BonusTier.pariMutuel(3, 1), BonusTier.fixed(3, 0, "20"), BonusTier.fixed(2, 1, "5"), BonusTier
                    .fixed(2, 0, "2"), new BonusTier(1, 1, PrizeKind.FREE_TICKET, new BigDecimal("1.00"), null),
                    BonusTier.fixed(0, 1, "1")));
    /** 3 of 1..6 and 2 of 1..4: 120 draws. */
    private static final BonusGame TWO_BONUS = BonusGame.of(1, 6, 3, BonusDrum.SEPARATE, 1, 4, 2, new BigDecimal(
            "2.00"),
            List.of(BonusTier.pariMutuel(3, 2), BonusTier.fixed(3, 1, "50"), BonusTier.fixed(3, 0, "10"), BonusTier
                    .fixed(2, 2, "10"), BonusTier.fixed(2, 1, "3"), BonusTier.fixed(1, 2, "2"),
                    BonusTier.fixed(2, 0,
                            "1")));
    /** 3 of 1..7 and a bonus ball from the same drum: 140 draws. */
    private static final BonusGame SAME_DRUM = BonusGame.of(1, 7, 3, BonusDrum.SAME, 0, 0, 1, new BigDecimal("1.00"),
            List.of(BonusTier.pariMutuel(3, 0), BonusTier.fixed(2, 1, "10"), BonusTier.fixed(2, 0, "4"), BonusTier
                    .fixed(1, 1, "1")));

    @Test
    void replaysABonusGameTicketByTicket() {
        List<BonusTicket> tickets = List.of(BonusTicket.of(ONE_BONUS, 0, new int[] { 1, 2, 3 }, new int[] { 1 }),
                BonusTicket.of(ONE_BONUS, 1, new int[] { 4, 5, 6 }, new int[] { 2 }));
        List<BonusDrawRecord> draws = List.of(bonusDraw(0, new int[] { 1, 2, 4 }, 1), // 2+1 ($5) and 1+0
                bonusDraw(1, new int[] { 1, 5, 6 }, 3), // 1+0 and 2+0 ($2)
                bonusDraw(2, new int[] { 1, 2, 3 }, 1), // 3+1 (pari-mutuel) and 0+0
                bonusDraw(3, new int[] { 3, 4, 5 }, 3)); // 1+0 and 2+0 ($2)

        BacktestResult result = Backtester.run(ONE_BONUS, tickets, draws, Interruption.NONE);

        assertThat(result.tiers()).extracting(tier -> tier.tier()
                .name(), TierOutcome::winningTickets)
                .containsExactly(tuple("3+1", 1L), tuple("3+0", 0L), tuple("2+1", 1L), tuple("2+0", 2L), tuple(
                        "1+1", 0L), tuple("0+1", 0L));
        assertThat(result.payoutCents()).isEqualTo(900);
        assertThat(result.costCents()).isEqualTo(800);
        assertThat(result.drawsWithWin()).isEqualTo(4);
        assertThat(result.longestRunWithoutWin()).isZero();
        assertThat(result.longestRunFrom()).isNull();
        assertThat(result.topWins()).extracting(TopWin::date, TopWin::ticket, win -> win.tier()
                .name())
                .containsExactly(tuple(START.plusDays(2), 1, "3+1"), tuple(START, 1, "2+1"),
                        tuple(START.plusDays(3), 2, "2+0"), tuple(START.plusDays(1), 2, "2+0"));
    }

    /**
     * A bonus game's predictions against the brute force over every sequence of real draws: three draws of a game with
     * one bonus number, two of games with two bonus numbers or a same-drum ball, and 600 tickets, whose tiers' counts
     * need two enumerations and the payout a third.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("bonusCases")
    void bonusPredictionsEqualEverySequenceOfDraws(String name, BonusGame game, List<BonusTicket> tickets,
            int drawCount) {
        List<BonusDraw> all = allDraws(game);
        // Each possible draw's figures once, from the game's rules alone; a sequence's figure is their sum.
        int tiers = game.tiers()
                .size();
        long[] payout = new long[all.size()];
        long[][] wins = new long[tiers][all.size()];
        boolean[] won = new boolean[all.size()];
        for (int d = 0; d < all.size(); d++) {
            for (BonusTicket ticket : tickets) {
                int rank = rankOf(game, ticket, all.get(d));
                if (rank < tiers) {
                    wins[rank][d]++;
                    payout[d] += game.tiers()
                            .get(rank)
                            .amountInCents();
                    won[d] = true;
                }
            }
        }
        List<int[]> sequences = new ArrayList<>();
        collectSequences(all.size(), new int[drawCount], 0, sequences);
        List<BonusDrawRecord> draws = new ArrayList<>();
        for (int i = 0; i < drawCount; i++) {
            BonusDraw draw = all.get((i * 37 + 11) % all.size());
            draws.add(new BonusDrawRecord(i, new BonusDraw(START.plusDays(i), draw.main(), draw.bonus())));
        }

        BacktestResult result = Backtester.run(game, tickets, draws, Interruption.NONE);

        check(result.payout(), result.payoutCents(), sequences, sequence -> sum(payout, sequence));
        for (int rank = 0; rank < tiers; rank++) {
            long[] perDraw = wins[rank];
            check(result.tiers()
                    .get(rank)
                    .predicted(),
                    result.tiers()
                            .get(rank)
                            .winningTickets(),
                    sequences, sequence -> sum(perDraw, sequence));
        }
        check(result.drawsWithWinPredicted(), result.drawsWithWin(), sequences, sequence -> Arrays.stream(sequence)
                .filter(d -> won[d])
                .count());
        check(result.longestRun(), result.longestRunWithoutWin(), sequences, sequence -> {
            int longest = 0;
            int run = 0;
            for (int d : sequence) {
                run = won[d] ? 0 : run + 1;
                longest = Math.max(longest, run);
            }
            return longest;
        });
        assertThat(Backtester.enumerations(game, tickets.size())).isEqualTo(tickets.size() > 500 ? 3 : 1);
    }

    static Stream<Arguments> bonusCases() {
        SplittableRandom random = new SplittableRandom(20261208);
        return Stream.of(Arguments.of("one bonus number, 3 draws", ONE_BONUS, randomTickets(ONE_BONUS, 4, random), 3),
                Arguments.of("two bonus numbers, 2 draws", TWO_BONUS, randomTickets(TWO_BONUS, 5, random), 2),
                Arguments.of("a same-drum ball, 2 draws", SAME_DRUM, randomTickets(SAME_DRUM, 4, random), 2),
                Arguments.of("600 tickets in three enumerations", TWO_BONUS, randomTickets(TWO_BONUS, 600, random),
                        2));
    }

    private static List<BonusTicket> randomTickets(BonusGame game, int count, SplittableRandom random) {
        List<BonusTicket> tickets = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            tickets.add(BonusTicket.of(game, t, random.ints(game.mainMin(), game.mainMax() + 1)
                    .distinct()
                    .limit(game.mainDrawn())
                    .toArray(),
                    random.ints(game.bonusMin(), game.bonusMax() + 1)
                            .distinct()
                            .limit(game.ticketBonusSize())
                            .toArray()));
        }
        return tickets;
    }

    /** Every (main, bonus) draw of a small game. */
    private static List<BonusDraw> allDraws(BonusGame game) {
        List<BonusDraw> draws = new ArrayList<>();
        long pool = CombinationMasks.pool(game.mainPoolSize());
        for (long main : CombinationMasks.subsetsOf(pool, game.mainDrawn())) {
            int[] mainNumbers = numbers(main, game.mainMin());
            if (game.drum() == BonusDrum.SAME) {
                for (int ball = game.mainMin(); ball <= game.mainMax(); ball++) {
                    if ((main >>> ball - game.mainMin() & 1) == 0) {
                        draws.add(new BonusDraw(START, mainNumbers, new int[] { ball }));
                    }
                }
            } else {
                long bonusPool = CombinationMasks.pool(game.bonusMax() - game.bonusMin() + 1);
                for (long bonus : CombinationMasks.subsetsOf(bonusPool, game.bonusDrawn())) {
                    draws.add(new BonusDraw(START, mainNumbers, numbers(bonus, game.bonusMin())));
                }
            }
        }
        assertThat(draws).hasSize((int) game.totalDraws());
        return draws;
    }

    private static int[] numbers(long mask, int min) {
        return java.util.stream.IntStream.range(0, 64)
                .filter(bit -> (mask >>> bit & 1) == 1)
                .map(bit -> bit + min)
                .toArray();
    }

    private static int rankOf(BonusGame game, BonusTicket ticket, BonusDraw draw) {
        int main = (int) Arrays.stream(ticket.main())
                .filter(number -> Arrays.stream(draw.main())
                        .anyMatch(drawn -> drawn == number))
                .count();
        int[] held = game.drum() == BonusDrum.SEPARATE ? ticket.bonus() : ticket.main();
        int bonus = (int) Arrays.stream(held)
                .filter(number -> Arrays.stream(draw.bonus())
                        .anyMatch(drawn -> drawn == number))
                .count();
        return game.rank(main, bonus);
    }

    private static void collectSequences(int draws, int[] sequence, int depth, List<int[]> all) {
        if (depth == sequence.length) {
            all.add(sequence.clone());
            return;
        }
        for (int d = 0; d < draws; d++) {
            sequence[depth] = d;
            collectSequences(draws, sequence, depth + 1, all);
        }
    }

    private static long sum(long[] perDraw, int[] sequence) {
        long total = 0;
        for (int d : sequence) {
            total += perDraw[d];
        }
        return total;
    }

    private static BonusDrawRecord bonusDraw(int day, int[] main, int bonus) {
        return new BonusDrawRecord(null, BonusDraw.of(ONE_BONUS, START.plusDays(day), main, new int[] { bonus }));
    }

    private static boolean winning(long[] masks, long draw) {
        for (long ticket : masks) {
            if (Long.bitCount(ticket & draw) >= 2) {
                return true;
            }
        }
        return false;
    }

    private static <S> void check(Prediction prediction, long observed, List<S> sequences, ToLongFunction<S> figure) {
        TreeMap<Long, Long> counts = new TreeMap<>();
        for (S sequence : sequences) {
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
