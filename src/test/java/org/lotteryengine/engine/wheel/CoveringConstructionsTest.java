package org.lotteryengine.engine.wheel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.combinatorics.CombinationMasks;

/**
 * The constructions of larger designs from smaller ones, each design checked by enumerating every x-subset.
 */
class CoveringConstructionsTest {

    private static final long NO_DEADLINE = Long.MAX_VALUE;

    private static CoveringConstructions constructions(long seed) {
        return new CoveringConstructions(new SplittableRandom(seed), NO_DEADLINE, () -> 0L, Interruption.NONE);
    }

    @Test
    void theFullGameThreeIfFiveOf35SplitsIntoCoveringsOf17And18() {
        WheelRequirement threeIfFive = new WheelRequirement(35, 5, 5, 3);

        long[] design = constructions(1).design(threeIfFive)
                .orElseThrow();

        assertThat(LottoDesignSearchTest.unmet(threeIfFive, design)).isZero();
        assertThat(design).doesNotHaveDuplicates();
        // The 68 circles of the inversive plane of order 4 on 17 numbers, and C(18, 5, 3) by extension of it: the
        // best sizes published for both (La Jolla), 162 together, below the 173 asked for.
        assertThat(design.length).isLessThanOrEqualTo(173);
    }

    @Test
    void theInversivePlaneIsTheCoveringOfItsSize() {
        long[] covering = constructions(2).covering(17, 5, 3);

        assertThat(covering).hasSize(68);
        assertThat(LottoDesignSearchTest.unmet(new WheelRequirement(17, 5, 3, 3), covering)).isZero();
    }

    @Test
    void anExtensionAddsThePointToACoveringOfOneLessStrength() {
        CoveringConstructions constructions = constructions(3);

        long[] covering = constructions.covering(18, 5, 3);

        assertThat(LottoDesignSearchTest.unmet(new WheelRequirement(18, 5, 3, 3), covering)).isZero();
        assertThat(covering.length).isLessThanOrEqualTo(68 + constructions.covering(17, 4, 2).length);
    }

    @ParameterizedTest
    @CsvSource({ "9, 5, 2", "11, 4, 3", "13, 6, 2", "16, 5, 3", "12, 5, 1", "7, 5, 0", "20, 6, 3" })
    void everyCoveringCoversEveryTSubset(int v, int k, int t) {
        long[] covering = constructions(4).covering(v, k, t);

        for (long block : covering) {
            assertThat(Long.bitCount(block)).isEqualTo(k);
            assertThat(block & ~CombinationMasks.pool(v)).isZero();
        }
        if (t > 0) {
            assertThat(LottoDesignSearchTest.unmet(new WheelRequirement(v, k, t, t), covering)).isZero();
        } else {
            assertThat(covering).hasSize(1);
        }
    }

    @ParameterizedTest
    @CsvSource({ "20, 5, 5, 3", "24, 6, 6, 3", "20, 5, 5, 2", "22, 6, 5, 2" })
    void splitDesignsMeetTheirPromise(int v, int k, int x, int t) {
        WheelRequirement requirement = new WheelRequirement(v, k, x, t);

        long[] design = constructions(5).design(requirement)
                .orElseThrow();

        assertThat(LottoDesignSearchTest.unmet(requirement, design)).isZero();
    }

    @Test
    void noSplitHelpsWhenTwoPartsCannotHoldTheMatches() {
        // 4 drawn in two parts may split 2 + 2: neither part holds 3.
        assertThat(constructions(6).design(new WheelRequirement(20, 5, 4, 3))).isEmpty();
    }

    @Test
    void theSearchStartsFromTheConstructionWhenItIsSmaller() {
        WheelRequirement threeIfFive = new WheelRequirement(35, 5, 5, 3);

        LottoDesignSearch.Result result = LottoDesignSearch.smallest(threeIfFive, 0, NO_DEADLINE, () -> 0L,
                new SplittableRandom(7), Interruption.NONE);

        assertThat(result.tickets().length).isLessThanOrEqualTo(173);
        assertThat(LottoDesignSearchTest.unmet(threeIfFive, result.tickets())).isZero();
    }
}
