package org.lotteryengine.engine.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.BonusGames;

class BonusFairnessTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 1);

    @Test
    void aSeparateBonusDrumIsTestedAgainstBOverMOfTheDrawsForEachNumber() {
        BonusGame powerball = BonusGames.powerball();
        SplittableRandom random = new SplittableRandom(5);
        List<BonusDraw> draws = new ArrayList<>();
        int[] counts = new int[26];
        for (int i = 0; i < 2600; i++) {
            int bonus = random.nextInt(1, 27);
            counts[bonus - 1]++;
            draws.add(BonusDraw.of(powerball, DAY.plusDays(i), new int[] { 1, 2, 3, 4, 5 }, new int[] { bonus }));
        }
        double statistic = 0;
        for (int count : counts) {
            statistic += (count - 100.0) * (count - 100.0) / 100.0;
        }

        ChiSquareTest test = BonusFairness.bonusNumbers(powerball, draws);

        assertThat(test.statistic()).isCloseTo(statistic, within(1e-9));
        assertThat(test.degreesOfFreedom()).isEqualTo(25);
        assertThat(test.significantAt(0.99)).isFalse();
    }

    @Test
    void aDrumThatAlwaysDrawsTheSameNumberStandsOut() {
        BonusGame euroMillions = BonusGames.euroMillions();
        List<BonusDraw> draws = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            draws.add(BonusDraw.of(euroMillions, DAY.plusDays(i), new int[] { 10, 20, 30, 40, 50 }, new int[] { 1,
                    2 }));
        }

        ChiSquareTest test = BonusFairness.bonusNumbers(euroMillions, draws);

        // 12 numbers each expected 600 x 2 / 12 = 100 times; 1 and 2 came 600 times, the others never.
        assertThat(test.statistic()).isCloseTo(2 * 500.0 * 500.0 / 100 + 10 * 100.0, within(1e-9));
        assertThat(test.pValue()).isLessThan(1e-100);
    }

    @Test
    void aSameDrumBonusBallIsExpectedOnlyAmongTheBallsLeft() {
        BonusGame lotto = BonusGames.ukLotto();
        List<BonusDraw> draws = new ArrayList<>();
        // The main draw is always 1..6, and the bonus ball takes each of the 53 others 100 times: exactly as expected.
        for (int i = 0; i < 5300; i++) {
            draws.add(BonusDraw.of(lotto, DAY.plusDays(i), new int[] { 1, 2, 3, 4, 5, 6 }, new int[] { 7 + i % 53 }));
        }

        ChiSquareTest test = BonusFairness.bonusNumbers(lotto, draws);

        assertThat(test.statistic()).isCloseTo(0, within(1e-9));
        assertThat(test.categories()).isEqualTo(53);
        assertThat(test.pValue()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void drawsTheGameCannotHaveProducedAreRefusedWithTheReason() {
        assertThatThrownBy(() -> BonusDraw.of(BonusGames.powerball(), DAY, new int[] { 1, 2, 3, 4, 5 }, new int[] {
                27 }))
                .isInstanceOf(InvalidDrawException.class)
                .hasMessage("bonus number 27 is outside 1..26");
        assertThatThrownBy(() -> BonusDraw.of(BonusGames.powerball(), DAY, new int[] { 1, 2, 3, 4, 70 }, new int[] {
                1 }))
                .hasMessage("main number 70 is outside 1..69");
        assertThatThrownBy(() -> BonusDraw.of(BonusGames.powerball(), DAY, new int[] { 1, 2, 3, 4 }, new int[] { 1 }))
                .hasMessage("expected 5 main numbers, found 4");
        assertThatThrownBy(() -> BonusDraw.of(BonusGames.euroMillions(), DAY, new int[] { 1, 2, 3, 4, 5 }, null))
                .hasMessage("expected 2 bonus numbers, found 0");
        assertThatThrownBy(() -> BonusDraw.of(BonusGames.euroMillions(), DAY, new int[] { 1, 2, 3, 4, 5 },
                new int[] { 7, 7 }))
                .hasMessage("bonus number 7 appears twice");
        assertThatThrownBy(() -> BonusDraw.of(BonusGames.ukLotto(), DAY, new int[] { 1, 2, 3, 4, 5, 6 }, new int[] {
                6 }))
                .hasMessage("the bonus ball 6 is also a main number: it is drawn from the balls left");
        assertThatThrownBy(() -> BonusDraw.of(BonusGames.ukLotto(), DAY, new int[] { 1, 2, 3, 4, 5, 6 }, new int[] {
                60 }))
                .hasMessage("bonus ball 60 is outside 1..59");
        assertThat(BonusDraw.of(BonusGames.powerball(), DAY, new int[] { 5, 4, 3, 2, 1 }, new int[] { 9 }))
                .isEqualTo(BonusDraw.of(BonusGames.powerball(), DAY, new int[] { 1, 2, 3, 4, 5 }, new int[] { 9 }))
                .hasSameHashCodeAs(BonusDraw.of(BonusGames.powerball(), DAY, new int[] { 1, 2, 3, 4, 5 }, new int[] {
                        9 }))
                .isNotEqualTo(BonusDraw.of(BonusGames.powerball(), DAY.plusDays(1), new int[] { 1, 2, 3, 4, 5 },
                        new int[] { 9 }))
                .hasToString("2024-01-01 [1, 2, 3, 4, 5] + [9]");
        // The same number may be a main number and a bonus number of a separate drum.
        assertThat(BonusDraw.of(BonusGames.powerball(), DAY, new int[] { 5, 4, 3, 2, 1 }, new int[] { 1 })
                .main()).containsExactly(1, 2, 3, 4, 5);
    }
}
