package org.lotteryengine.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelativeChangeTest {

    @ParameterizedTest
    @CsvSource({ "1.2, 1.0, 20.0%", "0.75, 1.0, -25.0%", "1.0, 1.0, 0.0%", "0.99996, 1.0, 0.0%",
            "1.00004, 1.0, 0.0%", "0.0012, 0.001, 20.0%", "0.33, 0.5, -34.0%" })
    void aChangeIsWrittenInPercentWithOneDecimalAndNoNegativeZero(double value, double baseline, String written) {
        assertThat(RelativeChange.percent(value, baseline)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource({ "0.5, 0", "0, 0" })
    void thereIsNoChangeAgainstAZeroBaseline(double value, double baseline) {
        assertThat(RelativeChange.percent(value, baseline)).isNull();
    }
}
