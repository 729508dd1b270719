package org.lotteryengine.engine.wheel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.combinatorics.CombinationMasks;

/**
 * The design search, checked by enumerating every x-subset of the points against the tickets it returns.
 */
class LottoDesignSearchTest {

    private static final long NO_DEADLINE = Long.MAX_VALUE;

    @ParameterizedTest
    @CsvSource({ "7, 3, 2, 2", "10, 5, 3, 3", "10, 5, 4, 3", "12, 6, 6, 4", "14, 5, 5, 3", "9, 6, 4, 4" })
    void theSmallestDesignFoundMeetsEverySubset(int v, int k, int x, int t) {
        WheelRequirement requirement = new WheelRequirement(v, k, x, t);

        LottoDesignSearch.Result result = LottoDesignSearch.smallest(requirement, 200_000, NO_DEADLINE, () -> 0L,
                new SplittableRandom(11), Interruption.NONE);

        assertThat(result.meetsGuarantee()).isTrue();
        assertThat(unmet(requirement, result.tickets())).isZero();
        assertThat((long) result.tickets().length).isGreaterThanOrEqualTo(requirement.lowerBound());
        for (long ticket : result.tickets()) {
            assertThat(Long.bitCount(ticket)).isEqualTo(k);
            assertThat(ticket & ~CombinationMasks.pool(v)).isZero();
        }
        assertThat(result.tickets()).doesNotHaveDuplicates();
    }

    @Test
    void theFanoPlaneIsFoundTheOptimalCoveringOfPairsBySevenTriples() {
        WheelRequirement pairs = new WheelRequirement(7, 3, 2, 2);

        LottoDesignSearch.Result result = LottoDesignSearch.smallest(pairs, 200_000, NO_DEADLINE, () -> 0L,
                new SplittableRandom(3), Interruption.NONE);

        assertThat(pairs.lowerBound()).isEqualTo(7);
        assertThat(result.tickets()).hasSize(7);
    }

    @Test
    void aBudgetReportsExactlyTheSubsetsItLeavesUnmet() {
        WheelRequirement requirement = new WheelRequirement(14, 5, 5, 4);

        LottoDesignSearch.Result result = LottoDesignSearch.withTickets(requirement, 6, 20_000, NO_DEADLINE, () -> 0L,
                new SplittableRandom(5), Interruption.NONE);

        assertThat(result.tickets()).hasSize(6)
                .doesNotHaveDuplicates();
        assertThat(result.unmetSubsets()).isEqualTo(unmet(requirement, result.tickets()))
                .isPositive();
    }

    @Test
    void theSchoenheimBoundOfCoverings() {
        assertThat(new WheelRequirement(12, 5, 3, 3).lowerBound()).isEqualTo(27);
        assertThat(new WheelRequirement(10, 5, 2, 2).lowerBound()).isEqualTo(6);
        assertThat(new WheelRequirement(10, 5, 4, 3).lowerBound()).isEqualTo(1);
    }

    @Test
    void impossibleRequirementsAndBudgetsAreRefused() {
        assertThatThrownBy(() -> new WheelRequirement(5, 5, 3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WheelRequirement(10, 5, 3, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LottoDesignSearch.withTickets(new WheelRequirement(7, 5, 3, 3), 22, 1, NO_DEADLINE,
                () -> 0L, new SplittableRandom(1), Interruption.NONE)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The x-subsets that no ticket meets in t points, by enumeration. */
    static long unmet(WheelRequirement requirement, long[] tickets) {
        long unmet = 0;
        for (long subset : CombinationMasks.subsetsOf(CombinationMasks.pool(requirement.points()), requirement
                .drawnInPool())) {
            boolean met = false;
            for (long ticket : tickets) {
                met |= Long.bitCount(ticket & subset) >= requirement.matches();
            }
            unmet += met ? 0 : 1;
        }
        return unmet;
    }
}
