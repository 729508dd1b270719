package org.lotteryengine.engine.pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lotteryengine.engine.Formats;
import org.lotteryengine.engine.combinatorics.Binomial;
import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.format.LotteryFormat;

class PatternCatalogTest {

    @ParameterizedTest
    @CsvSource({
            // ../shared/spec/NOTES.md and spec 12.1 test_pattern_extraction.
            "5 16 23 28 34, 01223", "1 15 23 28 34, 01223", "5 10 16 20 25, 01122", "8 13 19 24 30, 01123",
            "2 7 11 17 22, 00112", "34 28 23 16 5, 01223", "9 10 19 20 64, 01126" })
    void theTensDigitOfEachSortedNumber(String numbers, String pattern) {
        int[] values = java.util.Arrays.stream(numbers.split(" "))
                .mapToInt(Integer::parseInt)
                .toArray();
        assertThat(TensDigitPattern.of(values)).isEqualTo(pattern);
    }

    @ParameterizedTest
    @CsvSource({ "1, 35, 5", "1, 50, 5", "1, 37, 5", "0, 63, 6", "1, 49, 6", "5, 12, 3", "1, 64, 10", "60, 64, 5" })
    void countingPatternsWithoutACatalogGivesTheCatalogsCount(int min, int max, int drawSize) {
        LotteryFormat format = LotteryFormat.of(min, max, drawSize, BigDecimal.ONE, List.of());

        assertThat(PatternCatalog.countOf(min, max, drawSize)).isEqualTo(PatternCatalog.of(format)
                .count());
    }

    @Test
    void classSizesWithoutACatalogAreTheCatalogsAndAddUpToEveryDraw() {
        PatternCatalog catalog = PatternCatalog.of(Formats.spec535());
        java.util.Map<String, Long> sizes = PatternCatalog.sizesOf(1, 35, 5);
        assertThat(sizes).hasSize(catalog.count());
        for (PatternClass patternClass : catalog.classes()) {
            assertThat(sizes.get(patternClass.pattern())).as(patternClass.pattern())
                    .isEqualTo(patternClass.size());
        }
        assertThat(PatternCatalog.sizesOf(1, 69, 5)
                .values()
                .stream()
                .mapToLong(Long::longValue)
                .sum()).isEqualTo(Binomial.exact(69, 5));
        assertThat(PatternCatalog.sizesOf(1, 99, 7)
                .values()
                .stream()
                .mapToLong(Long::longValue)
                .sum()).isEqualTo(Binomial.exact(99, 7));
    }

    @Test
    void poolsAboveSixtyFourNumbersCountTheirPatternsToo() {
        // 1..69: tens digits 0..6, each decade with at least 5 numbers, so any multiset of 5 digits: C(11, 5).
        assertThat(PatternCatalog.countOf(1, 69, 5)).isEqualTo(462);
        // 1..70: the decade 70 holds one number, so one 7 at most: C(11, 5) + C(10, 4) multisets.
        assertThat(PatternCatalog.countOf(1, 70, 5)).isEqualTo(462 + 210);
    }

    @Test
    void fiveOfThirtyFiveHas56PatternsAndTheirClassesPartitionAllDraws() {
        PatternCatalog catalog = PatternCatalog.of(Formats.spec535());
        assertThat(catalog.count()).isEqualTo(56);
        assertThat(catalog.classes()
                .stream()
                .mapToLong(PatternClass::size)
                .sum()).isEqualTo(324_632);
        assertThat(catalog.find("01123")
                .orElseThrow()
                .size()).isEqualTo(24_300);
        assertThat(catalog.find("01223")
                .orElseThrow()
                .size()).isEqualTo(24_300);
        assertThat(catalog.find("01223")
                .orElseThrow()
                .share()).isEqualTo(24_300.0 / 324_632);
        assertThat(catalog.find("44444")).isEmpty();
    }

    @Test
    void classSizesEqualACountOfEveryCombination() {
        // Brute force: the pattern of each of the 324,632 combinations.
        LotteryFormat format = Formats.spec535();
        PatternCatalog catalog = PatternCatalog.of(format);
        java.util.Map<String, Long> counted = new java.util.HashMap<>();
        long mask = CombinationMasks.first(5);
        for (long rank = 0; rank < Binomial.of(35, 5); rank++) {
            counted.merge(TensDigitPattern.ofMask(mask, 1), 1L, Long::sum);
            mask = CombinationMasks.next(mask);
        }
        assertThat(counted).hasSize(catalog.count());
        catalog.classes()
                .forEach(patternClass -> assertThat(counted.get(patternClass.pattern()))
                        .as(patternClass.pattern())
                        .isEqualTo(patternClass.size()));
    }

    @Test
    void theSpecsHotPatternsAreTheSixLargestClassesAndItsWarmPatternsTheNextSix() {
        List<String> bySize = PatternCatalog.of(Formats.spec535())
                .classes()
                .stream()
                .map(PatternClass::pattern)
                .toList();
        // Spec 12.1 test_pattern_classification.
        assertThat(bySize.subList(0, 6)).containsExactlyInAnyOrder("01123", "01223", "01122", "00123", "00122", "00112");
        assertThat(bySize.subList(6, 12)).containsExactlyInAnyOrder("11223", "01233", "01222", "00223", "00113", "01112");
    }

    @Test
    void decadeRangesFollowTheFormat() {
        PatternCatalog catalog = PatternCatalog.of(Formats.spec535());
        assertThat(catalog.decadeRanges("01223")).isDeepEqualTo(new int[][] { { 1, 9 }, { 10, 19 }, { 20, 29 },
                { 20, 29 }, { 30, 35 } });
        PatternCatalog pick = PatternCatalog.of(LotteryFormat.of(0, 9, 3, BigDecimal.ONE, List.of()));
        assertThat(pick.count()).isEqualTo(1);
        assertThat(pick.decadeRanges("000")[0]).containsExactly(0, 9);
        assertThat(catalog.find("33333")
                .orElseThrow()
                .size()).isEqualTo(6);
        assertThatThrownBy(() -> catalog.decadeRanges("01234")).hasMessageContaining("not feasible");
    }

    @Test
    void sixOfFortyNineAndTheLargestFormat() {
        PatternCatalog lotto = PatternCatalog.of(Formats.lotto649());
        assertThat(lotto.classes()
                .stream()
                .mapToLong(PatternClass::size)
                .sum()).isEqualTo(13_983_816);
        PatternCatalog largest = PatternCatalog.of(LotteryFormat.of(1, 64, 10, BigDecimal.ONE, List.of()));
        assertThat(largest.classes()
                .stream()
                .mapToLong(PatternClass::size)
                .sum()).isEqualTo(151_473_214_816L);
    }
}
