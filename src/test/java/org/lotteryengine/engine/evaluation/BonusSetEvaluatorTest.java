package org.lotteryengine.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.format.BonusDrum;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.BonusGames;
import org.lotteryengine.engine.format.BonusTier;
import org.lotteryengine.engine.format.PrizeKind;

/**
 * The decomposed evaluation against brute force over every (main, bonus) draw of small games of each kind, then
 * Powerball's full size for one ticket against its closed-form odds.
 */
class BonusSetEvaluatorTest {

    /** Powerball's tiers on 5 of 1..16 and 1 of 1..5. */
    private static final BonusGame ONE_BONUS = BonusGames.smallPowerball();
    /** Two bonus numbers, as EuroMillions, on 4 of 1..10 and 2 of 1..5. */
    private static final BonusGame TWO_BONUS = BonusGame.of(1, 10, 4, BonusDrum.SEPARATE, 1, 5, 2, new BigDecimal(
            "2.50"),
            List.of(BonusTier.pariMutuel(4, 2), BonusTier.fixed(4, 1, "500"), BonusTier.fixed(4, 0, "100"),
                    BonusTier.fixed(3, 2, "50"), BonusTier.fixed(3, 1, "10"), BonusTier.fixed(3, 0, "5"), BonusTier
                            .fixed(2, 2, "5"),
                    BonusTier.fixed(2, 1, "2"), BonusTier.fixed(1, 2, "2"), BonusTier.fixed(
                            2, 0, "1")));
    /** A same-drum bonus ball that counts at 4 and at 3 main matches, on 5 of 0..13. */
    private static final BonusGame SAME_DRUM = BonusGame.of(0, 13, 5, BonusDrum.SAME, 0, 0, 1, new BigDecimal("1.00"),
            List.of(BonusTier.pariMutuel(5, 0), BonusTier.fixed(4, 1, "300"), BonusTier.fixed(4, 0, "50"), BonusTier
                    .fixed(3, 1, "10"), BonusTier.fixed(3, 0, "5"),
                    new BonusTier(2, 0, PrizeKind.FREE_TICKET,
                            new BigDecimal("1.00"), null)));

    static Stream<Arguments> smallGames() {
        List<Arguments> cases = new ArrayList<>();
        for (BonusGame game : List.of(ONE_BONUS, TWO_BONUS, SAME_DRUM)) {
            SplittableRandom random = new SplittableRandom(game.mainPoolSize() * 7L + game.bonusDrawn());
            for (int size : new int[] { 1, 4, 25 }) {
                cases.add(Arguments.of(game, "random " + size, random(game, size, random)));
            }
            List<BonusTicket> withRepeats = new ArrayList<>(random(game, 6, random));
            withRepeats.add(withRepeats.get(0));
            withRepeats.add(withRepeats.get(0));
            cases.add(Arguments.of(game, "a ticket three times", withRepeats));
        }
        return cases.stream();
    }

    private static List<BonusTicket> random(BonusGame game, int count, SplittableRandom random) {
        List<BonusTicket> tickets = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            int[] main = random.ints(game.mainMin(), game.mainMax() + 1)
                    .distinct()
                    .limit(game.mainDrawn())
                    .toArray();
            int[] bonus = random.ints(game.bonusMin(), game.bonusMax() + 1)
                    .distinct()
                    .limit(game.ticketBonusSize())
                    .toArray();
            tickets.add(BonusTicket.of(game, t, main, bonus));
        }
        return tickets;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("smallGames")
    void theWinningTicketsPerDrawAgreeWithBruteForceAtEveryTier(BonusGame game, String description,
            List<BonusTicket> tickets) {
        for (int rank = 0; rank < game.tiers()
                .size(); rank++) {
            BonusWinCounts wins = BonusSetEvaluator.winningTickets(game, tickets, rank, Interruption.NONE);

            assertThat(wins.drawsWithWins()).as("rank %d", rank)
                    .containsExactly(BruteForce.winningTickets(game, tickets, rank));
            assertThat(wins.totalDraws()).isEqualTo(game.totalDraws());
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("smallGames")
    void theDecompositionAgreesWithBruteForceOverEveryDraw(BonusGame game, String description,
            List<BonusTicket> tickets) {
        BruteForce expected = BruteForce.of(game, tickets);

        BonusSetEvaluation evaluation = BonusSetEvaluator.evaluate(game, tickets, Interruption.NONE);

        assertThat(evaluation.drawsAtBestRank()).containsExactly(expected.drawsAtBestRank());
        assertThat(evaluation.payout()
                .payoutsInCents()).containsExactly(expected.payouts()
                        .keySet()
                        .stream()
                        .mapToLong(Long::longValue)
                        .toArray());
        assertThat(evaluation.payout()
                .drawsPerPayout()).containsExactly(expected.payouts()
                        .values()
                        .stream()
                        .mapToLong(Long::longValue)
                        .toArray());
        assertThat(evaluation.payout()
                .totalDraws()).isEqualTo(game.totalDraws());
        // The mean payout is the same for every set of that many tickets: N times one ticket's expected prize.
        assertThat(evaluation.payout()
                .expected()).isEqualByComparingTo(
                        new BigDecimal(game.expectedCentsTimesDraws()
                                .multiply(BigInteger.valueOf(tickets.size()))).divide(BigDecimal.valueOf(
                                        game
                                                .totalDraws()),
                                        MathContext.DECIMAL128)
                                .movePointLeft(2));
    }

    /** Packed counts of three tiers at a time decode to the brute force's joint counts, draw by draw. */
    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("smallGames")
    void packedTierCountsAreTheJointCountsOfEveryDraw(BonusGame game, String description,
            List<BonusTicket> tickets) {
        int tiers = game.tiers()
                .size();
        for (int from = 0; from < tiers; from += 3) {
            int ranks = Math.min(3, tiers - from);

            BonusTierCounts packing = BonusTierCounts.of(from, ranks, tickets.size());
            int first = from;
            TreeMap<String, Long> decoded = new TreeMap<>();

            long[] best = BonusSetEvaluator.tierCounts(game, tickets, packing, (key, draws) -> {
                List<Integer> perRank = new ArrayList<>();
                for (int rank = first; rank < first + ranks; rank++) {
                    perRank.add(packing.count(key, rank));
                }
                decoded.merge(perRank.toString(), draws, Long::sum);
            }, Interruption.NONE);

            assertThat(decoded).as("ranks %d..%d", from, from + ranks - 1)
                    .isEqualTo(BruteForce.jointWins(game, tickets, from, ranks));
            assertThat(best).containsExactly(BruteForce.of(game, tickets)
                    .drawsAtBestRank());
        }
    }

    @Test
    void countsPackInBitsEnoughForTheWholeSet() {
        assertThat(BonusTierCounts.bitsFor(100)).isEqualTo(7);
        assertThat(BonusTierCounts.ranksPerPass(100)).isEqualTo(9);
        assertThat(BonusTierCounts.bitsFor(127)).isEqualTo(7);
        assertThat(BonusTierCounts.bitsFor(128)).isEqualTo(8);
        assertThat(BonusTierCounts.ranksPerPass(500)).isEqualTo(7);
        // The worst rank packed sits in the lowest bits.
        BonusTierCounts packing = BonusTierCounts.of(2, 3, 100);
        assertThat(packing.unit(4)).isEqualTo(1);
        assertThat(packing.unit(2)).isEqualTo(1L << 14);
        assertThat(packing.unit(5)).isZero();
        assertThat(packing.count(3 * (1L << 14) + 5, 2)).isEqualTo(3);
        assertThat(packing.count(3 * (1L << 14) + 5, 4)).isEqualTo(5);
        assertThatThrownBy(() -> BonusTierCounts.of(0, 10, 100)).hasMessage(
                "10 ranks of 7 bits do not pack in one non-negative long");
        assertThatThrownBy(() -> BonusSetEvaluator.tierCounts(TWO_BONUS, random(TWO_BONUS, 200,
                new SplittableRandom(1)), BonusTierCounts.of(0, 3, 100), (key, draws) -> {
                }, Interruption.NONE)).hasMessage(
                        "BonusTierCounts[fromRank=0, ranks=3, bits=7] cannot count 200 tickets of a game with 10 tiers");
    }

    @Test
    void oneTicketOfPowerballWinsEachTierOrBetterWithItsExactOdds() {
        BonusGame powerball = BonusGame.of(1, 69, 5, BonusDrum.SEPARATE, 1, 26, 1, new BigDecimal("2.00"), List.of(
                BonusTier.pariMutuel(5, 1), BonusTier.fixed(5, 0, "1000000"), BonusTier.fixed(4, 1, "50000"),
                BonusTier.fixed(4, 0, "100"), BonusTier.fixed(3, 1, "100"), BonusTier.fixed(3, 0, "7"), BonusTier
                        .fixed(2, 1, "7"),
                BonusTier.fixed(1, 1, "4"), BonusTier.fixed(0, 1, "4")));
        List<BonusTicket> ticket = List.of(BonusTicket.of(powerball, 0, new int[] { 3, 17, 42, 65, 69 }, new int[] {
                26 }));

        BonusSetEvaluation evaluation = BonusSetEvaluator.evaluate(powerball, ticket, Interruption.NONE);

        long ways = 0;
        for (int rank = 0; rank < powerball.tiers()
                .size(); rank++) {
            ways += powerball.ways(rank);
            assertThat(evaluation.drawsWithWinAtLeast(rank)).isEqualTo(ways);
            assertThat(evaluation.randomQuickPickCoverage(rank)).isCloseTo((double) ways / 292_201_338L,
                    org.assertj.core.data.Offset.offset(1e-15));
        }
        // Any prize: 1 in 24.87 (powerball.com).
        assertThat(evaluation.drawsWithWinAtLeast(8)).isEqualTo(11_750_538L);
        assertThat(evaluation.cost()).isEqualByComparingTo("2.00");
        assertThat(evaluation.coverage(0)).isEqualTo(1.0 / 292_201_338L);
        // 5 + 0: 25 of the 26 Powerballs with the 5 main numbers.
        assertThat(evaluation.expectedWinningTickets(1)).isEqualByComparingTo(new BigDecimal(25).divide(new BigDecimal(
                292_201_338L), MathContext.DECIMAL128));
    }

    @Test
    void theQuickPickBaselineOfASameDrumGameCountsTheTicketsThatWinAgainstOneDraw() {
        // Against the draw {0..4} with bonus ball 5: every 5-number ticket of 0..13, and the best tier it wins.
        int[] main = { 0, 1, 2, 3, 4 };
        for (int rank = 0; rank < SAME_DRUM.tiers()
                .size(); rank++) {
            long winning = 0;
            for (int[] ticket : BruteForce.subsets(0, 13, 5)) {
                int j = BruteForce.overlap(ticket, main);
                int c = BruteForce.contains(ticket, 5) ? 1 : 0;
                winning += SAME_DRUM.rank(j, c) <= rank ? 1 : 0;
            }
            assertThat(SAME_DRUM.ticketsWinningAtLeast(rank)).as("rank %d", rank)
                    .isEqualTo(winning);
        }
        assertThat(SAME_DRUM.distinctTickets()).isEqualTo(2002);
    }

    @Test
    void ticketsAreValuesOfTheirSortedNumbers() {
        BonusTicket ticket = BonusTicket.of(TWO_BONUS, 0, new int[] { 4, 3, 2, 1 }, new int[] { 5, 1 });

        assertThat(ticket).isEqualTo(BonusTicket.of(TWO_BONUS, 1, new int[] { 1, 2, 3, 4 }, new int[] { 1, 5 }))
                .hasSameHashCodeAs(BonusTicket.of(TWO_BONUS, 1, new int[] { 1, 2, 3, 4 }, new int[] { 1, 5 }))
                .isNotEqualTo(BonusTicket.of(TWO_BONUS, 0, new int[] { 1, 2, 3, 4 }, new int[] { 1, 4 }))
                .hasToString("[1, 2, 3, 4] + [1, 5]");
        assertThat(BonusTicket.of(SAME_DRUM, 0, new int[] { 0, 1, 2, 3, 4 }, null)).hasToString("[0, 1, 2, 3, 4]");
        assertThatThrownBy(() -> BonusSetEvaluator.evaluate(ONE_BONUS, List.of(), Interruption.NONE))
                .hasMessage("a ticket set needs at least one ticket");
    }

    @Test
    void ticketsThatAreNotOfTheGameAreRefused() {
        assertThatThrownBy(() -> BonusTicket.of(ONE_BONUS, 2, new int[] { 1, 2, 3, 4, 17 }, new int[] { 1 }))
                .hasMessage("ticket 2: 17 is not a main number of this game (1..16)");
        assertThatThrownBy(() -> BonusTicket.of(ONE_BONUS, 0, new int[] { 1, 2, 3, 4, 5 }, new int[] { 6 }))
                .hasMessage("ticket 0: 6 is not a bonus number of this game (1..5)");
        assertThatThrownBy(() -> BonusTicket.of(TWO_BONUS, 0, new int[] { 1, 2, 3, 4 }, new int[] { 3, 3 }))
                .hasMessage("ticket 0: bonus number 3 appears twice");
        assertThatThrownBy(() -> BonusTicket.of(TWO_BONUS, 0, new int[] { 1, 2, 3, 4 }, new int[] { 3 }))
                .hasMessage("ticket 0: a ticket holds 2 bonus numbers, got 1");
        assertThatThrownBy(() -> BonusTicket.of(SAME_DRUM, 1, new int[] { 1, 2, 3, 4, 5 }, new int[] { 6 }))
                .hasMessage("ticket 1: the bonus ball of this game comes from the main drum: a ticket holds no bonus"
                        + " numbers, got [6]");
    }

    /** Every (main, bonus) draw one by one: each ticket's prize and the best tier, from the game's rules alone. */
    private record BruteForce(long[] drawsAtBestRank, TreeMap<Long, Long> payouts) {

        static BruteForce of(BonusGame game, List<BonusTicket> tickets) {
            long[] atRank = new long[game.tiers()
                    .size() + 1];
            TreeMap<Long, Long> payouts = new TreeMap<>();
            for (int[] main : subsets(game.mainMin(), game.mainMax(), game.mainDrawn())) {
                for (int[] bonus : bonusDraws(game, main)) {
                    long payout = 0;
                    int best = game.tiers()
                            .size();
                    for (BonusTicket ticket : tickets) {
                        int j = overlap(ticket.main(), main);
                        int c = game.drum() == BonusDrum.SEPARATE ? overlap(ticket.bonus(), bonus)
                                : contains(ticket.main(), bonus[0]) ? 1 : 0;
                        int rank = game.rank(j, c);
                        if (rank < game.tiers()
                                .size()) {
                            payout += game.tiers()
                                    .get(rank)
                                    .amountInCents();
                        }
                        best = Math.min(best, rank);
                    }
                    atRank[best]++;
                    payouts.merge(payout, 1L, Long::sum);
                }
            }
            return new BruteForce(atRank, payouts);
        }

        /** [w]: the draws on which exactly w tickets win at this rank or better, one draw at a time. */
        static long[] winningTickets(BonusGame game, List<BonusTicket> tickets, int rank) {
            long[] draws = new long[tickets.size() + 1];
            for (int[] main : subsets(game.mainMin(), game.mainMax(), game.mainDrawn())) {
                for (int[] bonus : bonusDraws(game, main)) {
                    int winners = 0;
                    for (BonusTicket ticket : tickets) {
                        int j = overlap(ticket.main(), main);
                        int c = game.drum() == BonusDrum.SEPARATE ? overlap(ticket.bonus(), bonus)
                                : contains(ticket.main(), bonus[0]) ? 1 : 0;
                        winners += game.rank(j, c) <= rank ? 1 : 0;
                    }
                    draws[winners]++;
                }
            }
            return draws;
        }

        /** Per distinct vector of the ranks' winning tickets (e.g. "[0, 2, 1]"), the draws giving it. */
        static TreeMap<String, Long> jointWins(BonusGame game, List<BonusTicket> tickets, int from, int ranks) {
            TreeMap<String, Long> joint = new TreeMap<>();
            for (int[] main : subsets(game.mainMin(), game.mainMax(), game.mainDrawn())) {
                for (int[] bonus : bonusDraws(game, main)) {
                    Integer[] winners = new Integer[ranks];
                    java.util.Arrays.fill(winners, 0);
                    for (BonusTicket ticket : tickets) {
                        int j = overlap(ticket.main(), main);
                        int c = game.drum() == BonusDrum.SEPARATE ? overlap(ticket.bonus(), bonus)
                                : contains(ticket.main(), bonus[0]) ? 1 : 0;
                        int field = game.rank(j, c) - from;
                        if (field >= 0 && field < ranks) {
                            winners[field]++;
                        }
                    }
                    joint.merge(List.of(winners)
                            .toString(), 1L, Long::sum);
                }
            }
            return joint;
        }

        private static List<int[]> bonusDraws(BonusGame game, int[] main) {
            List<int[]> bonusDraws = new ArrayList<>();
            if (game.drum() == BonusDrum.SEPARATE) {
                bonusDraws.addAll(subsets(game.bonusMin(), game.bonusMax(), game.bonusDrawn()));
            } else {
                for (int ball = game.mainMin(); ball <= game.mainMax(); ball++) {
                    if (!contains(main, ball)) {
                        bonusDraws.add(new int[] { ball });
                    }
                }
            }
            return bonusDraws;
        }

        private static List<int[]> subsets(int min, int max, int size) {
            List<int[]> all = new ArrayList<>();
            collect(min, max, new int[size], 0, all);
            return all;
        }

        private static void collect(int next, int max, int[] chosen, int depth, List<int[]> all) {
            if (depth == chosen.length) {
                all.add(chosen.clone());
                return;
            }
            for (int number = next; number <= max; number++) {
                chosen[depth] = number;
                collect(number + 1, max, chosen, depth + 1, all);
            }
        }

        private static int overlap(int[] a, int[] b) {
            int count = 0;
            for (int x : a) {
                count += contains(b, x) ? 1 : 0;
            }
            return count;
        }

        private static boolean contains(int[] numbers, int x) {
            for (int number : numbers) {
                if (number == x) {
                    return true;
                }
            }
            return false;
        }
    }
}
