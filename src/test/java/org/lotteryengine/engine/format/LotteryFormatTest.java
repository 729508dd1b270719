package org.lotteryengine.engine.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lotteryengine.engine.Formats;

class LotteryFormatTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "-1 | 35 | 5 | 1 | the smallest number must be 0 or more, got -1",
            "1 | 65 | 5 | 1 | the largest number must be at most 64, got 65",
            "10 | 5 | 2 | 1 | the largest number (5) is below the smallest (10)",
            "0 | 64 | 5 | 1 | a game may use at most 64 numbers, 0..64 has 65",
            "1 | 35 | 0 | 1 | a draw must hold 1 to 10 numbers, got 0",
            "1 | 35 | 11 | 1 | a draw must hold 1 to 10 numbers, got 11",
            "1 | 4 | 5 | 1 | cannot draw 5 distinct numbers from 1..4 (4 numbers)",
            "1 | 35 | 5 | 0 | the ticket price must be positive, got 0",
            "1 | 35 | 5 | 1.005 | the ticket price has more than 2 decimals: 1.005" })
    void impossibleFormatsAreRefusedWithTheReason(int min, int max, int k, String price, String reason) {
        assertThatThrownBy(() -> LotteryFormat.of(min, max, k, new BigDecimal(price), List.of()))
                .isInstanceOf(InvalidFormatException.class)
                .hasMessage(reason);
    }

    @Test
    void impossiblePrizesAreRefusedWithTheReason() {
        BigDecimal one = BigDecimal.ONE;
        assertThatThrownBy(() -> LotteryFormat.of(1, 35, 5, one, List.of(Prize.fixed(6, "10"))))
                .hasMessage("a prize for 6 matches is impossible when 5 numbers are drawn");
        assertThatThrownBy(() -> LotteryFormat.of(1, 35, 5, one, List.of(Prize.fixed(3, "10"), Prize.fixed(3, "12"))))
                .hasMessage("two prizes for 3 matches");
        assertThatThrownBy(() -> Prize.fixed(3, "-1")).hasMessage("prize for 3 matches is negative: -1");
        assertThatThrownBy(() -> Prize.fixed(3, "1.001")).hasMessage("prize for 3 matches has more than 2 decimals: 1.001");
        assertThatThrownBy(() -> new Prize(3, PrizeKind.PARI_MUTUEL, one, null))
                .hasMessageContaining("must not have an amount");
        assertThatThrownBy(() -> new Prize(3, PrizeKind.FIXED, null, null))
                .hasMessage("fixed prize for 3 matches needs an amount");
    }

    @Test
    void sixtyFourNumbersAndTenDrawnIsTheLargestFormat() {
        LotteryFormat largest = LotteryFormat.of(1, 64, 10, BigDecimal.ONE, List.of());
        assertThat(largest.poolSize()).isEqualTo(64);
        assertThat(largest.totalDraws()).isEqualTo(151_473_214_816L);
        assertThat(largest.maskOf(1, 2, 3, 4, 5, 6, 7, 8, 9, 64)).isEqualTo(0x80000000000001FFL);
    }

    @Test
    void ticketsMustBeKDistinctNumbersOfTheGame() {
        LotteryFormat format = Formats.spec535();
        assertThat(format.numbersOf(format.maskOf(34, 5, 16, 23, 28))).containsExactly(5, 16, 23, 28, 34);
        assertThatThrownBy(() -> format.maskOf(1, 2, 3, 4)).hasMessage("a ticket holds 5 numbers, got 4");
        assertThatThrownBy(() -> format.maskOf(1, 2, 3, 4, 36)).hasMessage("36 is not a number of this game (1..35)");
        assertThatThrownBy(() -> format.maskOf(1, 2, 3, 4, 4)).hasMessage("4 appears twice");
    }

    @Test
    void tierNames() {
        assertThat(LotteryFormat.tierName(3)).isEqualTo("tier3");
        assertThat(LotteryFormat.matchesOfTier("tier10")).isEqualTo(10);
        assertThatThrownBy(() -> LotteryFormat.matchesOfTier("tierX"))
                .hasMessage("a tier is named tierM with M the number of matches, got 'tierX'");
    }
}
