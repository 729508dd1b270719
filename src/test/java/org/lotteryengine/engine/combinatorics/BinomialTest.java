package org.lotteryengine.engine.combinatorics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinomialTest {

    @Test
    void exactGoesBeyondTheTableAndAgreesWithBigIntegerArithmetic() {
        // Powerball's and Mega Millions' main drums.
        assertThat(Binomial.exact(69, 5)).isEqualTo(11_238_513L);
        assertThat(Binomial.exact(70, 5)).isEqualTo(12_103_014L);
        for (int n = 0; n <= 99; n++) {
            for (int k = 0; k <= Math.min(n, 10); k++) {
                BigInteger expected = BigInteger.ONE;
                for (int i = 0; i < k; i++) {
                    expected = expected.multiply(BigInteger.valueOf(n - i))
                            .divide(BigInteger.valueOf(i + 1));
                }
                assertThat(Binomial.exact(n, k)).as("C(%d, %d)", n, k)
                        .isEqualTo(expected.longValueExact());
            }
        }
        assertThat(Binomial.exact(10, 11)).isZero();
        assertThatThrownBy(() -> Binomial.exact(200, 100)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void everyCoefficientUpToTheStatedBoundEqualsBigIntegerArithmetic() {
        for (int n = 0; n <= Binomial.MAX_N; n++) {
            for (int k = 0; k <= n; k++) {
                assertThat(BigInteger.valueOf(Binomial.of(n, k)))
                        .as("C(%d, %d)", n, k)
                        .isEqualTo(reference(n, k));
            }
        }
    }

    @Test
    void theBoundIsTight() {
        // C(66, 33) fits a long; C(67, 33) does not: the table stops where longs stop being exact.
        assertThat(reference(66, 33)).isLessThanOrEqualTo(BigInteger.valueOf(Long.MAX_VALUE));
        assertThat(reference(67, 33)).isGreaterThan(BigInteger.valueOf(Long.MAX_VALUE));
        assertThatThrownBy(() -> Binomial.of(67, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 <= n <= 66");
        assertThatThrownBy(() -> Binomial.of(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
            // Draw counts of real games: 5/35 (spec, Texas Cash Five), 5/37 (Texas Cash 5), 6/49 (Lotto 6/49).
            "35, 5, 324632", "37, 5, 435897", "49, 6, 13983816", "66, 33, 7219428434016265740", "10, 11, 0",
            "10, -1, 0", "0, 0, 1" })
    void knownValues(int n, int k, long expected) {
        assertThat(Binomial.of(n, k)).isEqualTo(expected);
    }

    private static BigInteger reference(int n, int k) {
        BigInteger result = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            result = result.multiply(BigInteger.valueOf(n - i))
                    .divide(BigInteger.valueOf(i + 1));
        }
        return result;
    }
}
