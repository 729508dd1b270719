package org.lotteryengine.engine.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.evaluation.BonusSetEvaluation;
import org.lotteryengine.engine.evaluation.BonusSetEvaluator;
import org.lotteryengine.engine.evaluation.BonusTicket;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.BonusGames;

/**
 * What each way of placing bonus numbers does to the same main tickets, measured by exact evaluation.
 */
class BonusAssignmentTest {

    /** Powerball's tiers on 5 of 1..16 and 1 of 1..5. */
    private static final BonusGame SMALL = BonusGames.smallPowerball();

    private static List<int[]> mains(BonusGame game, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<int[]> mains = new ArrayList<>();
        for (int t = 0; t < count; t++) {
            mains.add(random.ints(game.mainMin(), game.mainMax() + 1)
                    .distinct()
                    .limit(game.mainDrawn())
                    .toArray());
        }
        return mains;
    }

    @Test
    void spreadBonusNumbersWinSomewhereMoreOftenAndSharedOnesTogether() {
        List<int[]> mains = mains(SMALL, 10, 3);

        BonusSetEvaluation spread = BonusSetEvaluator.evaluate(SMALL, BonusAssignment.assign(SMALL, mains,
                BonusAssignment.Mode.SPREAD, 1), Interruption.NONE);
        BonusSetEvaluation shared = BonusSetEvaluator.evaluate(SMALL, BonusAssignment.assign(SMALL, mains,
                BonusAssignment.Mode.SHARED, 1), Interruption.NONE);

        int anyPrize = SMALL.tiers()
                .size() - 1;
        // Every bonus number is held by some ticket, and 0 + 1 pays: every draw pays something.
        assertThat(spread.coverage(anyPrize)).isEqualTo(1.0);
        assertThat(shared.coverage(anyPrize)).isLessThan(1.0);
        for (int rank = 0; rank <= anyPrize; rank++) {
            assertThat(spread.drawsWithWinAtLeast(rank)).as("rank %d", rank)
                    .isGreaterThanOrEqualTo(shared.drawsWithWinAtLeast(rank));
        }
        // The same expected payout; the shared set's payout varies more.
        assertThat(spread.payout()
                .expected()).isEqualByComparingTo(shared.payout()
                        .expected());
        assertThat(shared.payout()
                .variance()).isGreaterThan(spread.payout()
                        .variance());
    }

    @Test
    void sharedTicketsHoldOneSetAndSpreadOnesUseEveryNumberOfTheDrum() {
        BonusGame euroMillions = BonusGames.euroMillions();
        List<int[]> mains = mains(euroMillions, 12, 9);

        List<BonusTicket> shared = BonusAssignment.assign(euroMillions, mains, BonusAssignment.Mode.SHARED, 4);
        List<BonusTicket> spread = BonusAssignment.assign(euroMillions, mains, BonusAssignment.Mode.SPREAD, 4);

        assertThat(shared.stream()
                .map(ticket -> Arrays.toString(ticket.bonus()))
                .distinct()).hasSize(1);
        // 12 tickets, 2 Lucky Stars each, 12 stars: each star twice, and no pair twice.
        int[] uses = new int[13];
        spread.forEach(ticket -> Arrays.stream(ticket.bonus())
                .forEach(star -> uses[star]++));
        assertThat(Arrays.stream(uses, 1, 13)).containsOnly(2);
        assertThat(spread.stream()
                .map(ticket -> Arrays.toString(ticket.bonus()))
                .distinct()).hasSize(12);
        // The main numbers are kept, sorted.
        assertThat(spread.get(0)
                .main()).containsExactly(Arrays.stream(mains.get(0))
                        .sorted()
                        .toArray());
    }

    @Test
    void aSameDrumGamesTicketsHoldNoBonusNumbers() {
        List<BonusTicket> tickets = BonusAssignment.assign(BonusGames.ukLotto(), mains(BonusGames.ukLotto(), 3, 1),
                BonusAssignment.Mode.SPREAD, 1);

        assertThat(tickets).allSatisfy(ticket -> assertThat(ticket.bonus()).isEmpty());
    }
}
