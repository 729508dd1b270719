package org.lotteryengine.engine.combinatorics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CombinationMasksTest {

    @ParameterizedTest
    @CsvSource({ "12, 4", "16, 5", "20, 3", "10, 1", "10, 10", "35, 5" })
    void gospersHackVisitsEveryRankInOrderAndUnrankInvertsIt(int n, int k) {
        ColexRanker ranker = ColexRanker.forSize(k);
        long total = Binomial.of(n, k);
        long mask = CombinationMasks.first(k);
        Set<Long> seen = new HashSet<>();
        for (long rank = 0; rank < total; rank++) {
            assertThat(Long.bitCount(mask)).isEqualTo(k);
            assertThat(64 - Long.numberOfLeadingZeros(mask)).isLessThanOrEqualTo(n);
            assertThat(CombinationMasks.rank(mask)).isEqualTo(rank);
            assertThat(ranker.rank(mask)).isEqualTo(rank);
            assertThat(CombinationMasks.unrank(rank, k)).isEqualTo(mask);
            assertThat(seen.add(mask)).isTrue();
            mask = CombinationMasks.next(mask);
        }
        // The next mask after the last uses element n: ranks stop at C(n, k).
        assertThat(64 - Long.numberOfLeadingZeros(mask)).isEqualTo(n + 1);
    }

    @Test
    void rankMatchesTheCombinatorialNumberSystemByHand() {
        // Knuth 7.2.1.3: {0, 2, 3} has rank C(0,1) + C(2,2) + C(3,3) = 0 + 1 + 1 = 2.
        assertThat(CombinationMasks.rank(CombinationMasks.toMask(0, 2, 3))).isEqualTo(2);
        // The last 5-subset of 35 elements, {30..34}, has rank C(35,5) - 1.
        assertThat(CombinationMasks.rank(CombinationMasks.toMask(30, 31, 32, 33, 34))).isEqualTo(324_631);
        // Masks near the top of a long: {59..63}.
        long top = CombinationMasks.toMask(59, 60, 61, 62, 63);
        assertThat(CombinationMasks.rank(top)).isEqualTo(Binomial.of(64, 5) - 1);
        assertThat(CombinationMasks.unrank(Binomial.of(64, 5) - 1, 5)).isEqualTo(top);
    }

    @Test
    void elementsRoundTrip() {
        long mask = CombinationMasks.toMask(4, 15, 22, 27, 33);
        assertThat(CombinationMasks.toElements(mask)).containsExactly(4, 15, 22, 27, 33);
        assertThatThrownBy(() -> CombinationMasks.toMask(1, 1)).hasMessageContaining("repeated");
        assertThatThrownBy(() -> CombinationMasks.toMask(64)).hasMessageContaining("out of 0..63");
        assertThatThrownBy(() -> CombinationMasks.unrank(Binomial.of(64, 3), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subsetsOfAMaskAreAllTheSubsetsOfThatSize() {
        long of = CombinationMasks.toMask(1, 5, 9, 12, 40);
        long[] subsets = CombinationMasks.subsetsOf(of, 3);
        assertThat(subsets).hasSize(10)
                .doesNotHaveDuplicates();
        for (long subset : subsets) {
            assertThat(Long.bitCount(subset)).isEqualTo(3);
            assertThat(subset & ~of).isZero();
        }
        assertThat(CombinationMasks.subsetsOf(of, 0)).containsExactly(0L);
        assertThat(CombinationMasks.subsetsOf(of, 6)).isEmpty();
    }

    @Test
    void randomElementPicksEachElementOfTheMaskAlike() {
        long mask = CombinationMasks.toMask(0, 5, 17, 34);
        SplittableRandom random = new SplittableRandom(3);
        Map<Long, Integer> counts = new HashMap<>();
        for (int i = 0; i < 40_000; i++) {
            long element = CombinationMasks.randomElement(mask, random);
            assertThat(Long.bitCount(element)).isEqualTo(1);
            assertThat(element & ~mask).isZero();
            counts.merge(element, 1, Integer::sum);
        }
        // 10,000 expected each; 5 standard deviations is about 430.
        assertThat(counts).hasSize(4);
        assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween(9_570, 10_430));
    }
}
