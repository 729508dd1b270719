package org.lotteryengine.engine.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.Formats;
import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.combinatorics.Binomial;
import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.format.LotteryFormat;

class WheelGuaranteeTest {

    @Test
    void aFullWheelGuaranteesEveryMatchInThePool() {
        long pool = CombinationMasks.toMask(0, 1, 2, 3, 4, 5, 6);
        long[] tickets = CombinationMasks.subsetsOf(pool, 5);
        assertThat(tickets).hasSize(21);
        assertThat(WheelGuarantee.guarantees(pool, tickets, 5)).containsExactly(0, 1, 2, 3, 4, 5);
    }

    @Test
    void theGuaranteeTableEqualsABruteForceOverEveryDrawOfFiveOfThirtyFive() {
        // A 4-ticket wheel on the pool 1..8 (elements 0..7), checked against every one of the 324,632 draws:
        // t(x) = the smallest best match among draws with exactly x numbers in the pool.
        LotteryFormat format = Formats.spec535();
        long pool = CombinationMasks.toMask(0, 1, 2, 3, 4, 5, 6, 7);
        long[] tickets = { format.maskOf(1, 2, 3, 4, 5), format.maskOf(1, 2, 6, 7, 8), format.maskOf(3, 4, 6, 7, 8),
                format.maskOf(1, 5, 6, 7, 8) };
        int[] worst = { 0, 5, 5, 5, 5, 5 };
        long draw = CombinationMasks.first(5);
        for (long rank = 0; rank < Binomial.of(35, 5); rank++) {
            int inPool = Long.bitCount(draw & pool);
            int best = 0;
            for (long ticket : tickets) {
                best = Math.max(best, Long.bitCount(ticket & draw));
            }
            worst[inPool] = Math.min(worst[inPool], best);
            draw = CombinationMasks.next(draw);
        }
        int[] guarantees = WheelGuarantee.guarantees(pool, tickets, 5);
        assertThat(guarantees).containsExactly(worst);
        assertThat(WheelGuarantee.holds(pool, tickets, 4, guarantees[4])).isTrue();
        assertThat(WheelGuarantee.holds(pool, tickets, 4, guarantees[4] + 1)).isFalse();
    }

    @Test
    void theWaysMetCountEveryInPoolSubsetSomeTicketMeets() {
        long pool = CombinationMasks.toMask(0, 1, 2, 3, 4, 5, 6);
        long[] fano = { CombinationMasks.toMask(0, 1, 2), CombinationMasks.toMask(0, 3, 4), CombinationMasks.toMask(0,
                5, 6), CombinationMasks.toMask(1, 3, 5), CombinationMasks.toMask(1, 4, 6),
                CombinationMasks.toMask(2, 3,
                        6),
                CombinationMasks.toMask(2, 4, 5) };
        // Every pair of 7 points lies on exactly one line of the Fano plane; a single line holds 3 of the 21 pairs.
        assertThat(WheelGuarantee.waysMet(pool, fano, 2, 2, Interruption.NONE)).isEqualTo(21);
        assertThat(WheelGuarantee.waysMet(pool, new long[] { fano[0] }, 2, 2, Interruption.NONE)).isEqualTo(3);
        // Any 3 points meet some line in 2 (two of the three lie on a line), but only the 7 lines hold 3.
        assertThat(WheelGuarantee.waysMet(pool, fano, 3, 2, Interruption.NONE)).isEqualTo(35);
        assertThat(WheelGuarantee.waysMet(pool, fano, 3, 3, Interruption.NONE)).isEqualTo(7);
    }

    @Test
    void refusesPoolsTooLargeToVerify() {
        List<Integer> elements = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            elements.add(i);
        }
        long pool = CombinationMasks.toMask(elements.stream()
                .mapToInt(Integer::intValue)
                .toArray());
        assertThatThrownBy(() -> WheelGuarantee.guarantees(pool, new long[] { 31 }, 5))
                .hasMessage("a wheel's pool may hold at most 24 numbers, got 25");
    }
}
