package org.lotteryengine.platform.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class ReadableTest {

    @Test
    void significantKeepsFourDigitsAndWritesAnExponentOnlyOutsideTheReadableRange() {
        assertThat(Readable.significant(0.014946154414845116)).isEqualTo("0.01495");
        assertThat(Readable.significant(1.3399788067719756)).isEqualTo("1.340");
        assertThat(Readable.significant(74.00687547746371)).isEqualTo("74.01");
        assertThat(Readable.significant(2164.2133)).isEqualTo("2164");
        assertThat(Readable.significant(324632)).isEqualTo("324,600");
        assertThat(Readable.significant(0.00030804110500505185)).isEqualTo("0.0003080");
        assertThat(Readable.significant(1.5402055250252593E-4)).isEqualTo("0.0001540");
        assertThat(Readable.significant(3.0804110500505185E-6)).isEqualTo("3.080e-6");
        assertThat(Readable.significant(292201338.0)).isEqualTo("2.922e8");
        assertThat(Readable.significant(-25.993124522536288)).isEqualTo("-25.99");
        assertThat(Readable.significant(0)).isEqualTo("0");
        assertThat(Readable.significant(Double.NaN)).isEqualTo("n/a");
    }

    @Test
    void chancesArePercentagesWithTwoDecimalsOrOneInNWhenThatWouldReadZero() {
        assertThat(Readable.chance(0.014946154414845116)).isEqualTo("1.49%");
        assertThat(Readable.chance(0.10474013652381774)).isEqualTo("10.47%");
        assertThat(Readable.chance(1)).isEqualTo("100.00%");
        assertThat(Readable.chance(0.0001)).isEqualTo("0.01%");
        assertThat(Readable.chance(19.0 / 324632)).isEqualTo("1 in 17,090");
        assertThat(Readable.chance(1.0 / 324632)).isEqualTo("1 in 324,600");
        assertThat(Readable.chance(0)).isEqualTo("0");
    }

    @Test
    void moneyAndPercentFiguresAreRoundedToCents() {
        assertThat(Readable.money(new BigDecimal("74.00687547746371275783040488922842"), "USD")).isEqualTo(
                "74.01 USD");
        assertThat(Readable.money(new BigDecimal("100000"), "USD")).isEqualTo("100,000.00 USD");
        assertThat(Readable.money(new BigDecimal("2.5"), null)).isEqualTo("2.50");
        assertThat(Readable.percentFigure(new BigDecimal("-25.993124522536288"))).isEqualTo("-25.99%");
        assertThat(Readable.percentFigure(new BigDecimal("-0.001"))).isEqualTo("0.00%");
        assertThat(Readable.count(324632)).isEqualTo("324,632");
    }
}
