package org.lotteryengine.engine.combinatorics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NeighbourhoodTest {

    @ParameterizedTest
    @CsvSource({ "12, 4", "16, 5", "10, 1", "10, 10", "20, 3" })
    void layersCountTheSubsetsSharingExactlyMElementsByBruteForce(int n, int k) {
        long fixed = CombinationMasks.first(k);
        long[] counted = new long[k + 1];
        long mask = CombinationMasks.first(k);
        for (long rank = 0; rank < Binomial.of(n, k); rank++) {
            counted[Long.bitCount(mask & fixed)]++;
            mask = CombinationMasks.next(mask);
        }
        for (int m = 0; m <= k; m++) {
            assertThat(Neighbourhood.layer(n, k, m)).isEqualTo(counted[m]);
        }
        for (int lowest = 0; lowest <= k; lowest++) {
            long size = 0;
            long largest = 0;
            for (int m = lowest; m <= k; m++) {
                size += counted[m];
                largest = Math.max(largest, counted[m]);
            }
            assertThat(Neighbourhood.size(n, k, lowest)).isEqualTo(size);
            assertThat(Neighbourhood.largestLayer(n, k, lowest)).isEqualTo(largest);
        }
    }

    @Test
    void aFiveOfThirtyFiveTicketWinsTierThreeOrBetterOn4501Draws() {
        // C(5,3)C(30,2) + C(5,4)C(30,1) + C(5,5) = 4350 + 150 + 1.
        assertThat(Neighbourhood.layer(35, 5, 3)).isEqualTo(4350);
        assertThat(Neighbourhood.size(35, 5, 3)).isEqualTo(4501);
        assertThat(Neighbourhood.largestLayer(35, 5, 3)).isEqualTo(4350);
        assertThat(Neighbourhood.size(35, 5, 0)).isEqualTo(Binomial.of(35, 5));
        assertThat(Neighbourhood.layer(35, 5, 6)).isZero();
        assertThat(Neighbourhood.layer(35, 5, -1)).isZero();
    }

    @Test
    void aPoolMaskHoldsExactlyTheFirstNNumbers() {
        assertThat(CombinationMasks.pool(35)).isEqualTo((1L << 35) - 1);
        assertThat(Long.bitCount(CombinationMasks.pool(64))).isEqualTo(64);
        assertThat(CombinationMasks.pool(1)).isEqualTo(1L);
    }
}
