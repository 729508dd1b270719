package org.lotteryengine.engine.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.statistics.distribution.TDistribution;
import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.Prize;
import org.lotteryengine.support.SharedData;

class HistoryAnalyzerTest {

    /** 3 of 1..12: patterns 000 (84 combinations), 001 (108), 011 (27), 111 (1); 220 in all. */
    private static final LotteryFormat THREE_OF_TWELVE = LotteryFormat.of(1, 12, 3, BigDecimal.ONE,
            List.of(Prize.fixed(2, "1"), Prize.fixed(3, "10")));

    /** Four hand-made draws: 000, 011, 001, 001. */
    private static HistoryAnalysis handMade() {
        List<DrawRecord> draws = List.of(
                draw("2020-01-03", 2, 3, 12),
                draw("2020-01-01", 1, 2, 3),
                draw("2020-01-04", 1, 2, 10),
                draw("2020-01-02", 1, 10, 11));
        // Hot: 1 pattern, warm: 1, cold below a 30% share, no minimum frequency, observed from 1 draw, lift for 2+.
        AnalysisSettings settings = new AnalysisSettings(1, 1, 0.30, 0, 1, 2, 3, 4, 0.95, 2);
        return HistoryAnalyzer.analyze(DrawHistory.of(THREE_OF_TWELVE, draws), settings);
    }

    private static DrawRecord draw(String date, int... numbers) {
        return new DrawRecord(LocalDate.parse(date), null, THREE_OF_TWELVE.maskOf(numbers));
    }

    @Test
    void patternFrequenciesGapsAndGroupsByHand() {
        HistoryAnalysis analysis = handMade();
        assertThat(analysis.drawCount()).isEqualTo(4);
        assertThat(analysis.firstDraw()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(analysis.lastDraw()).isEqualTo(LocalDate.of(2020, 1, 4));
        assertThat(analysis.groupedByObservation()).isTrue();
        // Chronologically: 000, 011, 001, 001.
        assertThat(analysis.patterns()).extracting(PatternStats::pattern)
                .containsExactly("001", "000", "011", "111");
        PatternStats p001 = analysis.pattern("001")
                .orElseThrow();
        assertThat(p001.frequency()).isEqualTo(2);
        assertThat(p001.observedShare()).isEqualTo(0.5);
        assertThat(p001.classSize()).isEqualTo(108);
        assertThat(p001.expectedShare()).isEqualTo(108 / 220.0);
        assertThat(p001.lastSeen()).isZero();
        assertThat(p001.averageGap()).isEqualTo(1.0);
        PatternStats p000 = analysis.pattern("000")
                .orElseThrow();
        assertThat(p000.lastSeen()).isEqualTo(3);
        assertThat(p000.averageGap()).isNull();
        assertThat(analysis.pattern("111")
                .orElseThrow()
                .lastSeen()).isNull();
        // Hot: the most frequent. Warm: 000 and 011 tie at 1; the larger class (000) comes first. Cold: below 30%.
        assertThat(analysis.groupOf("001")).isEqualTo(PatternGroup.HOT);
        assertThat(analysis.groupOf("000")).isEqualTo(PatternGroup.WARM);
        assertThat(analysis.groupOf("011")).isEqualTo(PatternGroup.COLD);
        assertThat(analysis.groupOf("111")).isEqualTo(PatternGroup.COLD);
        GroupStats hot = analysis.groups()
                .get(PatternGroup.HOT);
        assertThat(hot.patterns()).containsExactly("001");
        assertThat(hot.combinedFrequency()).isEqualTo(2);
        assertThat(hot.classSize()).isEqualTo(108);
        assertThat(analysis.groups()
                .get(PatternGroup.COLD)
                .combinedFrequency()).isEqualTo(1);
    }

    @Test
    void numbersPairsAndTripletsByHand() {
        HistoryAnalysis analysis = handMade();
        NumberStats one = analysis.numbers()
                .get(0);
        assertThat(one.number()).isEqualTo(1);
        assertThat(one.frequency()).isEqualTo(3);
        assertThat(one.observedShare()).isEqualTo(0.75);
        assertThat(one.expectedShare()).isEqualTo(3 / 12.0);
        assertThat(one.lastSeen()).isZero();
        assertThat(one.averageGap()).isEqualTo(1.5);
        // Draws with 1: 000, 011, 001; ties broken by class size (001, 000, 011).
        assertThat(one.patternAssociation()).containsExactly("001", "000", "011");
        NumberStats three = analysis.numbers()
                .get(2);
        assertThat(three.frequency()).isEqualTo(2);
        assertThat(three.lastSeen()).isEqualTo(1);
        assertThat(three.averageGap()).isEqualTo(2.0);
        // Hot numbers: 1 and 2 (3 draws each).
        assertThat(analysis.hotNumbers()).extracting(NumberStats::number)
                .containsExactly(1, 2);
        // Pairs seen twice: {1,2}, {1,10}, {2,3}, in that order.
        assertThat(analysis.frequentPairs()).extracting(CombinationStats::numbers)
                .containsExactly(List.of(1, 2), List.of(1, 10), List.of(2, 3));
        CombinationStats pair12 = analysis.frequentPairs()
                .get(0);
        assertThat(pair12.frequency()).isEqualTo(2);
        assertThat(pair12.lastSeen()).isZero();
        assertThat(pair12.associatedPatterns()).containsExactly("001", "000");
        // A pair is in C(10, 1) = 10 of the 220 draws.
        assertThat(pair12.expectedShare()).isEqualTo(10 / 220.0);
        assertThat(analysis.frequentTriplets()).extracting(CombinationStats::numbers)
                .containsExactly(List.of(1, 2, 3), List.of(1, 2, 10), List.of(1, 10, 11), List.of(2, 3, 12));
    }

    @Test
    void liftByHand() {
        // Combinations of pattern 001 sharing 2+ numbers with each draw, counted by hand:
        // {1,2,3}: 9; {1,10,11}: 16; {2,3,12}: 17; {1,2,10}: 17. P(2+) of one combination: 28/220.
        HistoryAnalysis analysis = handMade();
        Lift lift = analysis.groups()
                .get(PatternGroup.HOT)
                .liftAtLeast();
        double[] shares = { 9 / 108.0, 16 / 108.0, 17 / 108.0, 17 / 108.0 };
        double mean = (9 + 16 + 17 + 17) / 4.0 / 108;
        double base = 28 / 220.0;
        assertThat(lift.baseRate()).isEqualTo(base);
        assertThat(lift.hitRate()).isCloseTo(mean, within(1e-15));
        assertThat(lift.lift()).isCloseTo(59.0 * 220 / (432 * 28), within(1e-12));
        double variance = 0;
        for (double share : shares) {
            variance += (share - mean) * (share - mean);
        }
        variance /= 3;
        double half = TDistribution.of(3)
                .inverseCumulativeProbability(0.975) * Math.sqrt(variance / 4);
        assertThat(lift.low()).isCloseTo((mean - half) / base, within(1e-12));
        assertThat(lift.high()).isCloseTo((mean + half) / base, within(1e-12));
        // Exactly 3 matches: only draws {2,3,12} and {1,2,10} are themselves 001: shares 0, 0, 1/108, 1/108.
        Lift three = analysis.groups()
                .get(PatternGroup.HOT)
                .liftByMatches()
                .get(3);
        assertThat(three.lift()).isCloseTo(0.5 / 108 / (1 / 220.0), within(1e-12));
        // The pattern's own lift is the group's, since the group holds only 001.
        assertThat(analysis.pattern("001")
                .orElseThrow()
                .liftAtLeast()
                .lift()).isCloseTo(lift.lift(), within(1e-15));
    }

    @Test
    void withTooFewDrawsTheGroupsFollowClassSizes() {
        List<DrawRecord> draws = List.of(draw("2020-01-01", 10, 11, 12));
        HistoryAnalysis analysis = HistoryAnalyzer.analyze(DrawHistory.of(THREE_OF_TWELVE, draws),
                new AnalysisSettings(1, 1, 0.30, 0, 100, 2, 2, 2, 0.95, 2));
        assertThat(analysis.groupedByObservation()).isFalse();
        assertThat(analysis.groupOf("001")).isEqualTo(PatternGroup.HOT);
        assertThat(analysis.groupOf("000")).isEqualTo(PatternGroup.WARM);
        // 111 holds 1/220 of the combinations, below 30%: cold, whatever was drawn (111 was).
        assertThat(analysis.groupOf("111")).isEqualTo(PatternGroup.COLD);
    }

    @Test
    void theTexasFiveOfThirtyFiveHistory() throws IOException {
        DrawHistory history = SharedData.texas535();
        HistoryAnalysis analysis = HistoryAnalyzer.analyze(history, AnalysisSettings.defaults());
        assertThat(analysis.drawCount()).isEqualTo(1_035);
        // SOURCES.md: chi-square of the number counts 32.0 on 34 degrees of freedom, not significant.
        assertThat(analysis.numberFairness()
                .statistic()).isCloseTo(32.0, within(0.05));
        assertThat(analysis.numberFairness()
                .degreesOfFreedom()).isEqualTo(34);
        assertThat(analysis.numberFairness()
                .significantAt(0.95)).isFalse();
        assertThat(analysis.numberFairness()
                .pValue()).isGreaterThan(0.05);
        // NOTES.md: 01223 holds 24,300 of 324,632 combinations, 7.49%.
        assertThat(analysis.pattern("01223")
                .orElseThrow()
                .expectedShare() * 100).isCloseTo(7.49, within(0.005));
        GroupStats hot = analysis.groups()
                .get(PatternGroup.HOT);
        assertThat(hot.patterns()).hasSize(6);
        assertThat(hot.liftAtLeast()
                .consistentWithNoEffect()).as("hot lift %s", hot.liftAtLeast())
                .isTrue();
        assertThat(analysis.patternFairness()
                .degreesOfFreedom()).isPositive();
        assertThat(analysis.hotNumbers()).hasSize(10);
        assertThat(analysis.frequentPairs()).hasSize(10);
        assertThat(analysis.frequentTriplets()).hasSize(10);
    }
}
