package org.lotteryengine.engine.wheel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lotteryengine.engine.combinatorics.CombinationMasks;

/**
 * The inversive planes, checked against their definition: every 3 points on exactly one circle.
 */
class InversivePlaneTest {

    @ParameterizedTest
    @CsvSource({ "3, 5, 10", "4, 10, 30", "5, 17, 68", "6, 26, 130", "8, 50, 350" })
    void everyThreePointsLieOnExactlyOneCircle(int blockSize, int points, int circles) {
        long[] blocks = InversivePlane.withBlockSize(blockSize)
                .orElseThrow();

        assertThat(InversivePlane.points(blockSize)).isEqualTo(points);
        assertThat(blocks).hasSize(circles)
                .doesNotHaveDuplicates();
        for (long block : blocks) {
            assertThat(Long.bitCount(block)).isEqualTo(blockSize);
            assertThat(block & ~CombinationMasks.pool(points)).isZero();
        }
        for (long triple : CombinationMasks.subsetsOf(CombinationMasks.pool(points), 3)) {
            int on = 0;
            for (long block : blocks) {
                on += (block & triple) == triple ? 1 : 0;
            }
            assertThat(on).as("circles through %s", Long.toBinaryString(triple))
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 2, 7, 11, 9 })
    void thereIsNoneWhenQIsNoPrimePowerOrThePlaneExceedsALong(int blockSize) {
        // q = 0 and 1 are no orders, 6 and 10 no prime powers, q = 8 has 65 points.
        assertThat(InversivePlane.withBlockSize(blockSize)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({ "2, 4", "3, 2", "2, 6", "5, 2", "7, 2" })
    void theFieldsInverseAndDistributeLikeFields(int p, int m) {
        InversivePlane.FiniteField field = InversivePlane.FiniteField.of(p, m);

        int size = field.size();
        assertThat(size).isEqualTo((int) Math.pow(p, m));
        for (int a = 1; a < size; a++) {
            assertThat(field.multiply(a, field.divide(1, a))).isEqualTo(1);
            assertThat(field.add(a, field.subtract(0, a))).isZero();
            for (int b = 0; b < size; b += 3) {
                int c = (a * 7 + b) % size;
                assertThat(field.multiply(a, field.add(b, c))).isEqualTo(field.add(field.multiply(a, b), field
                        .multiply(a, c)));
            }
        }
        // The generator's powers run through every non-zero element once.
        assertThat(java.util.stream.IntStream.range(0, size - 1)
                .map(field::power)
                .distinct()
                .count()).isEqualTo(size - 1);
    }
}
