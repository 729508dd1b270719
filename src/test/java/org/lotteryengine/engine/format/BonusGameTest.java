package org.lotteryengine.engine.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Exact odds of bonus games against what their operators publish, rounded as they round them.
 */
class BonusGameTest {

    private static String oneIn(BonusGame game, long ways) {
        return BigDecimal.valueOf(game.totalDraws())
                .divide(BigDecimal.valueOf(ways), 2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static List<String> oddsByTier(BonusGame game) {
        List<String> odds = new ArrayList<>();
        for (int rank = 0; rank < game.tiers()
                .size(); rank++) {
            odds.add(game.tiers()
                    .get(rank)
                    .name() + " 1 in " + oneIn(game, game.ways(rank)));
        }
        return odds;
    }

    private static long anyPrize(BonusGame game) {
        long ways = 0;
        for (int rank = 0; rank < game.tiers()
                .size(); rank++) {
            ways += game.ways(rank);
        }
        return ways;
    }

    @Test
    void powerballHasThePublishedOddsForEveryTier() {
        BonusGame powerball = BonusGames.powerball();

        // C(69, 5) x 26 draws; the jackpot is one of them.
        assertThat(powerball.totalDraws()).isEqualTo(292_201_338L);
        assertThat(powerball.ways(0)).isEqualTo(1);
        assertThat(oddsByTier(powerball)).containsExactly("5+1 1 in 292201338.00", "5+0 1 in 11688053.52",
                "4+1 1 in 913129.18", "4+0 1 in 36525.17", "3+1 1 in 14494.11", "3+0 1 in 579.76", "2+1 1 in 701.33",
                "1+1 1 in 91.98", "0+1 1 in 38.32");
        assertThat(oneIn(powerball, anyPrize(powerball))).isEqualTo("24.87");
        assertThat(powerball).hasToString("5 of 1..69 + 1 of 1..26 bonus");
        assertThat(powerball.ticketBonusSize()).isEqualTo(1);
        assertThat(powerball.distinctTickets()).isEqualTo(292_201_338L);
    }

    @Test
    void euroMillionsHasThePublishedOddsForEveryTier() {
        BonusGame euroMillions = BonusGames.euroMillions();

        // C(50, 5) x C(12, 2) draws.
        assertThat(euroMillions.totalDraws()).isEqualTo(139_838_160L);
        assertThat(oddsByTier(euroMillions)).containsExactly("5+2 1 in 139838160.00", "5+1 1 in 6991908.00",
                "5+0 1 in 3107514.67", "4+2 1 in 621502.93", "4+1 1 in 31075.15", "3+2 1 in 14125.07",
                "4+0 1 in 13811.18", "2+2 1 in 985.47", "3+1 1 in 706.25", "3+0 1 in 313.89", "1+2 1 in 187.71",
                "2+1 1 in 49.27", "2+0 1 in 21.90");
        // Published as "1 in 13".
        assertThat(oneIn(euroMillions, anyPrize(euroMillions))).isEqualTo("12.97");
    }

    @Test
    void aSameDrumBonusBallCountsOnlyWhereATierSaysSo() {
        BonusGame lotto = BonusGames.ukLotto();

        // C(59, 6) main draws, then the bonus ball from the 53 numbers left.
        assertThat(lotto.totalDraws()).isEqualTo(45_057_474L * 53);
        // The National Lottery publishes 1 in 45,057,474, 7,509,579, 144,415, 2,180 and 10.3: these, rounded.
        assertThat(oddsByTier(lotto)).containsExactly("6+0 1 in 45057474.00", "5+1 1 in 7509579.00",
                "5+0 1 in 144414.98", "4+0 1 in 2179.85", "3+0 1 in 96.17", "2+0 1 in 10.26");
        // 4 matches pay the 4+0 tier whether or not the bonus ball is on the ticket: 15 x C(53, 2) main draws, all 53
        // bonus balls each.
        assertThat(lotto.ways(3)).isEqualTo(15L * 1378 * 53);
        assertThat(lotto.rank(4, 1)).isEqualTo(lotto.rank(4, 0));
        assertThat(lotto.rank(1, 1)).isEqualTo(lotto.tiers()
                .size());
    }

    @Test
    void fuzzedDefinitionsAreEitherGamesOrRefusedWithAReasonNeverAnotherFailure() {
        SplittableRandom random = new SplittableRandom(19);
        PrizeKind[] kinds = { PrizeKind.FIXED, PrizeKind.FREE_TICKET, PrizeKind.PARI_MUTUEL, null };
        int built = 0;
        for (int i = 0; i < 20_000; i++) {
            int mainMin = random.nextInt(-2, 5);
            int mainMax = random.nextInt(-1, 110);
            int mainDrawn = random.nextInt(-1, 12);
            BonusDrum drum = random.nextInt(5) == 0 ? null
                    : random.nextBoolean() ? BonusDrum.SEPARATE
                            : BonusDrum.SAME;
            int bonusMin = random.nextInt(-2, 5);
            int bonusMax = random.nextInt(-1, 110);
            int bonusDrawn = random.nextInt(-1, 4);
            BigDecimal price = random.nextInt(10) == 0 ? null
                    : BigDecimal.valueOf(random.nextInt(-100, 1000), random.nextInt(0, 4));
            List<BonusTier> tiers = new ArrayList<>();
            for (int t = random.nextInt(0, 6); t > 0; t--) {
                PrizeKind kind = kinds[random.nextInt(kinds.length)];
                BigDecimal amount = kind == PrizeKind.PARI_MUTUEL && random.nextInt(4) > 0 ? null
                        : BigDecimal.valueOf(random.nextInt(-10, 100_000), random.nextInt(0, 3));
                try {
                    tiers.add(random.nextInt(30) == 0 ? null
                            : new BonusTier(random.nextInt(-1, 8), random.nextInt(-1, 4), kind, amount, null));
                } catch (InvalidFormatException refused) {
                    assertThat(refused.getMessage()).isNotBlank();
                }
            }
            try {
                BonusGame game = BonusGame.of(mainMin, mainMax, mainDrawn, drum, bonusMin, bonusMax, bonusDrawn, price,
                        tiers);
                long total = 0;
                for (int j = 0; j <= game.mainDrawn(); j++) {
                    for (int c = 0; c <= game.bonusDrawn(); c++) {
                        total += game.outcomeWays(j, c);
                    }
                }
                assertThat(total).isEqualTo(game.totalDraws());
                built++;
            } catch (InvalidFormatException refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
        }
        assertThat(built).as("definitions that make a game").isPositive();
    }

    @Test
    void impossibleOrAmbiguousGamesAreRefusedWithTheReason() {
        List<BonusTier> jackpotOnly = List.of(BonusTier.pariMutuel(5, 1));
        assertThatThrownBy(() -> BonusGame.of(1, 100, 5, BonusDrum.SEPARATE, 1, 26, 1, BigDecimal.ONE, jackpotOnly))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessage("the largest main number must be at most 99, got 100");
        assertThatThrownBy(() -> BonusGame.of(1, 69, 5, BonusDrum.SEPARATE, 1, 26, 3, BigDecimal.ONE, jackpotOnly))
                .hasMessage("a draw holds 1 to 2 bonus numbers, got 3");
        assertThatThrownBy(() -> BonusGame.of(1, 69, 5, BonusDrum.SEPARATE, 5, 4, 1, BigDecimal.ONE, jackpotOnly))
                .hasMessage("the largest bonus number (4) is below the smallest (5)");
        assertThatThrownBy(() -> BonusGame.of(1, 59, 6, BonusDrum.SAME, 0, 0, 2, BigDecimal.ONE, jackpotOnly))
                .hasMessage("a bonus ball from the main drum is one ball, got 2");
        assertThatThrownBy(() -> BonusGame.of(1, 59, 6, BonusDrum.SAME, 0, 0, 1, BigDecimal.ONE, List.of(BonusTier
                .pariMutuel(6, 1))))
                .hasMessage("tier 6+1 is impossible: with all 6 main numbers matched, the bonus ball, drawn from the"
                        + " rest, cannot be on the ticket");
        assertThatThrownBy(() -> BonusGame.of(1, 69, 5, BonusDrum.SEPARATE, 1, 26, 1, BigDecimal.ONE, List.of(
                BonusTier.fixed(5, 1, "100"), BonusTier.fixed(5, 0, "1000"))))
                .hasMessage("tier 5+0 pays 1000 but tier 5+1, ranked above it, pays only 100: list the tiers best"
                        + " first");
        assertThatThrownBy(() -> BonusGame.of(1, 69, 5, BonusDrum.SEPARATE, 1, 26, 1, BigDecimal.ONE, List.of(
                BonusTier.fixed(3, 0, "7"))))
                .hasMessage("4+0 would be paid by a lower tier than 3+0: more matches must never pay less");
        assertThatThrownBy(() -> BonusGame.of(1, 69, 5, BonusDrum.SEPARATE, 1, 26, 1, BigDecimal.ONE, List.of(
                BonusTier.fixed(5, 1, "7"), BonusTier.fixed(5, 1, "7"))))
                .hasMessage("two tiers for 5+1");
        assertThatThrownBy(() -> BonusGame.of(1, 69, 5, BonusDrum.SEPARATE, 1, 26, 1, new BigDecimal("2.005"),
                jackpotOnly))
                .hasMessage("the ticket price has more than 2 decimals: 2.005");
        assertThatThrownBy(() -> BonusGame.of(1, 69, 5, BonusDrum.SEPARATE, 1, 26, 1, BigDecimal.ONE, List.of()))
                .hasMessage("a bonus game needs at least one prize tier");
        assertThatThrownBy(() -> BonusGame.of(-1, 69, 5, BonusDrum.SEPARATE, 1, 26, 1, BigDecimal.ONE, jackpotOnly))
                .hasMessage("the smallest main number must be 0 or more, got -1");
        assertThatThrownBy(() -> BonusGame.of(1, 4, 5, BonusDrum.SEPARATE, 1, 26, 1, BigDecimal.ONE, jackpotOnly))
                .hasMessage("cannot draw 5 distinct main numbers from 1..4");
        assertThatThrownBy(() -> BonusGame.of(1, 5, 5, BonusDrum.SAME, 0, 0, 1, BigDecimal.ONE, jackpotOnly))
                .hasMessage("no ball is left in the main drum for a bonus ball after 5 of 5");
        assertThatThrownBy(() -> BonusGame.of(1, 69, 5, null, 1, 26, 1, BigDecimal.ONE, jackpotOnly))
                .hasMessage("a bonus game needs its bonus drum: separate or same");
        assertThatThrownBy(() -> BonusGame.of(1, 69, 5, BonusDrum.SEPARATE, 1, 26, 1, null, jackpotOnly))
                .hasMessage("the ticket price must be positive, got none");
        assertThatThrownBy(() -> BonusGame.of(1, 69, 5, BonusDrum.SEPARATE, 1, 26, 1, BigDecimal.ONE, List.of(
                BonusTier.pariMutuel(6, 1))))
                .hasMessage("tier 6+1: 6 main matches are impossible when 5 are drawn");
        assertThatThrownBy(() -> BonusGame.of(1, 69, 5, BonusDrum.SEPARATE, 1, 26, 1, BigDecimal.ONE, List.of(
                BonusTier.pariMutuel(5, 2))))
                .hasMessage("tier 5+2: 2 bonus matches are impossible when 1 bonus number is drawn");
        assertThatThrownBy(() -> BonusGame.of(1, 69, 5, BonusDrum.SEPARATE, 1, 26, 1, BigDecimal.ONE, List.of(
                BonusTier.pariMutuel(5, 1), BonusTier.fixed(5, 0, "1000"), BonusTier.fixed(4, 0, "100"), BonusTier
                        .fixed(4, 1, "50"))))
                .hasMessage("4+1 would be paid by a lower tier than 4+0: more matches must never pay less");
    }

    @Test
    void aGameHasPariMutuelPrizesWhenSomeTierIsPariMutuel() {
        assertThat(BonusGames.powerball()
                .hasPariMutuelPrizes()).isTrue();
        assertThat(BonusGames.euroMillions()
                .hasPariMutuelPrizes()).isTrue();
        assertThat(BonusGame.of(1, 16, 5, BonusDrum.SEPARATE, 1, 5, 1, new BigDecimal("2.00"), List.of(BonusTier
                .fixed(5, 1, "1000"), BonusTier.fixed(5, 0, "100")))
                .hasPariMutuelPrizes()).isFalse();
    }
}
