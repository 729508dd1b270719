package org.lotteryengine.engine.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.Formats;

/**
 * Facts of ../shared/spec/NOTES.md for 5/35 and the standard 6/49 table, checked exactly.
 */
class MatchOddsTest {

    @Test
    void fiveOfThirtyFive() {
        MatchOdds odds = MatchOdds.of(Formats.spec535());
        assertThat(odds.totalDraws()).isEqualTo(324_632);
        assertThat(odds.ways(5)).isEqualTo(1);
        assertThat(odds.ways(4)).isEqualTo(150);
        assertThat(odds.ways(3)).isEqualTo(4_350);
        assertThat(odds.ways(2)).isEqualTo(40_600);
        assertThat(odds.ways(1)).isEqualTo(137_025); // C(5,1) C(30,4) = 5 * 27,405
        assertThat(odds.waysAtLeast(3)).isEqualTo(4_501);
        long sum = 0;
        for (int m = 0; m <= 5; m++) {
            sum += odds.ways(m);
        }
        assertThat(sum).isEqualTo(324_632);
        assertThat(odds.probability(5)).isCloseTo(3.0804e-6, within(1e-10));
        assertThat(odds.probability(4)).isCloseTo(4.6206e-4, within(1e-8));
        assertThat(odds.probability(3)).isCloseTo(0.0133998, within(1e-7));
        assertThat(odds.probability(2)).isCloseTo(0.1250647, within(1e-7));
        assertThat(odds.oneIn(4)).isCloseTo(2164.2, within(0.05));
        assertThat(odds.oneIn(3)).isCloseTo(74.63, within(0.005));
        assertThat(odds.oneIn(5)).isEqualTo(324_632.0);
        assertThat(odds.fraction(3)).isEqualTo("4350/324632");
    }

    @Test
    void expectedValueOfOneSpecTicketIsExact() {
        // (15 * 4,350 + 500 * 150 + 100,000 * 1) / 324,632 = 240,250 / 324,632 dollars.
        MatchOdds odds = MatchOdds.of(Formats.spec535());
        assertThat(odds.expectedValuePerTicket()).isEqualByComparingTo(new BigDecimal("240250")
                .divide(new BigDecimal("324632"), MatchOdds.PRECISION));
        assertThat(odds.expectedValue(3)).isEqualByComparingTo(new BigDecimal("65250")
                .divide(new BigDecimal("324632"), MatchOdds.PRECISION));
        assertThat(odds.expectedValue(2)).isEqualByComparingTo("0");
    }

    @Test
    void sixOfFortyNine() {
        MatchOdds odds = MatchOdds.of(Formats.lotto649());
        assertThat(odds.totalDraws()).isEqualTo(13_983_816);
        assertThat(odds.ways(6)).isEqualTo(1);
        assertThat(odds.ways(5)).isEqualTo(258);
        assertThat(odds.ways(4)).isEqualTo(13_545);
        assertThat(odds.ways(3)).isEqualTo(246_820);
        assertThat(odds.oneIn(3)).isCloseTo(56.66, within(0.005));
    }

    @Test
    void impossibleMatchCountsHaveNoWays() {
        MatchOdds odds = MatchOdds.of(LotteryFormat.of(1, 6, 5, BigDecimal.ONE, List.of()));
        // 5 of 6: a ticket misses exactly one number, so it matches 4 or 5, never fewer.
        assertThat(odds.ways(3)).isZero();
        assertThat(odds.ways(4)).isEqualTo(5);
        assertThat(odds.oneIn(3)).isInfinite();
    }
}
