package org.lotteryengine.engine.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.BonusGames;

/**
 * A bonus game's history counted by hand: observed counts of both drums and of the main numbers' patterns, and what a
 * fair game expects in as many draws.
 */
class BonusHistoryAnalysisTest {

    /** Groups of 2 hot and 3 warm patterns, from observed frequencies with 100 draws or more. */
    private static final AnalysisSettings SETTINGS = new AnalysisSettings(2, 3, 0.30, 0, 100, 2, 2, 2, 0.95, 2);

    private static BonusDraw draw(BonusGame game, int day, int[] main, int... bonus) {
        return BonusDraw.of(game, LocalDate.of(2024, 1, day), main, bonus);
    }

    @Test
    void aSeparateDrumsCountsAndExpectationsAreTheFairGamesShares() {
        BonusGame powerball = BonusGames.powerball();
        List<BonusDraw> draws = List.of(draw(powerball, 1, new int[] { 4, 12, 33, 50, 69 }, 26), draw(powerball, 3,
                new int[] { 5, 10, 15, 20, 25 }, 5), draw(powerball, 6, new int[] { 4, 10, 30, 40, 69 }, 26));

        BonusHistoryAnalysis analysis = BonusHistoryAnalysis.of(powerball, draws, SETTINGS);

        assertThat(analysis.draws()).isEqualTo(3);
        assertThat(analysis.mainNumbers()
                .get(3)).isEqualTo(new BonusHistoryAnalysis.NumberCount(4, 2, 3 * 5 / 69.0));
        assertThat(analysis.mainNumbers()
                .get(68)
                .observed()).isEqualTo(2);
        assertThat(analysis.bonusNumbers()
                .get(25)).isEqualTo(new BonusHistoryAnalysis.NumberCount(26, 2, 3 / 26.0));
        assertThat(analysis.bonusNumbers()
                .get(4)
                .observed()).isEqualTo(1);
        // [4, 10, 30, 40, 69] and [4, 12, 33, 50, 69] have the patterns 01346 and 01356.
        assertThat(analysis.patterns()
                .stream()
                .filter(pattern -> pattern.observed() > 0)
                .map(BonusHistoryAnalysis.PatternCount::pattern)).containsExactly("01122", "01346", "01356");
        // Every pattern's share is its class over C(69, 5); the shares add up to 1 and the expectations to the draws.
        assertThat(analysis.patterns()
                .stream()
                .mapToDouble(BonusHistoryAnalysis.PatternCount::share)
                .sum()).isCloseTo(1.0, within(1e-12));
        assertThat(analysis.patterns()
                .stream()
                .filter(pattern -> pattern.pattern()
                        .equals("01122"))
                .findFirst()
                .orElseThrow()
                .share()).isEqualTo(9.0 * 45 * 45 / 11_238_513);
        assertThat(analysis.bonusFairness()).isEqualTo(BonusFairness.bonusNumbers(powerball, draws));
    }

    @Test
    void mainPatternsAreGroupedByTheRuleOfKOfNGames() {
        BonusGame powerball = BonusGames.powerball();
        List<BonusDraw> draws = List.of(draw(powerball, 1, new int[] { 4, 12, 33, 50, 69 }, 26), draw(powerball, 3,
                new int[] { 5, 10, 15, 20, 25 }, 5), draw(powerball, 6, new int[] { 4, 10, 30, 40, 69 }, 26));

        // Three draws are fewer than the 100 needed: groups follow the class sizes. Five full decades of 10 numbers
        // make the largest classes (10^5 draws each), ties by pattern.
        BonusHistoryAnalysis expected = BonusHistoryAnalysis.of(powerball, draws, SETTINGS);
        assertThat(expected.groupedByObservation()).isFalse();
        assertThat(patternsOf(expected, PatternGroup.HOT)).containsExactly("12345", "12346");
        assertThat(patternsOf(expected, PatternGroup.WARM)).containsExactly("12356", "12456", "13456");

        // With 1 draw enough, the three seen patterns lead, ties by class size: 01346 and 01356 (9 * 10^4 each)
        // before 01122 (9 * 45 * 45); then the unseen ones by class size.
        BonusHistoryAnalysis observed = BonusHistoryAnalysis.of(powerball, draws, new AnalysisSettings(2, 3, 0.30, 0,
                1, 2, 2, 2, 0.95, 2));
        assertThat(observed.groupedByObservation()).isTrue();
        assertThat(patternsOf(observed, PatternGroup.HOT)).containsExactly("01346", "01356");
        assertThat(patternsOf(observed, PatternGroup.WARM)).containsExactly("01122", "12345", "12346");
        assertThat(observed.patterns()
                .stream()
                .filter(pattern -> pattern.pattern()
                        .equals("01122"))
                .findFirst()
                .orElseThrow()
                .classSize()).isEqualTo(9L * 45 * 45);
    }

    private static List<String> patternsOf(BonusHistoryAnalysis analysis, PatternGroup group) {
        return analysis.patterns()
                .stream()
                .filter(pattern -> pattern.group() == group)
                .map(BonusHistoryAnalysis.PatternCount::pattern)
                .sorted()
                .toList();
    }

    @Test
    void aSameDrumBonusBallIsExpectedOnlyFromTheBallsLeft() {
        BonusGame lotto = BonusGames.ukLotto();
        List<BonusDraw> draws = List.of(draw(lotto, 1, new int[] { 1, 2, 3, 4, 5, 6 }, 7), draw(lotto, 2, new int[] {
                7, 8, 9, 10, 11, 12 }, 1));

        BonusHistoryAnalysis analysis = BonusHistoryAnalysis.of(lotto, draws, SETTINGS);

        // Ball 1 was left in the drum once (53 balls left), ball 13 twice.
        assertThat(analysis.bonusNumbers()
                .get(0)).isEqualTo(new BonusHistoryAnalysis.NumberCount(1, 1, 1 / 53.0));
        assertThat(analysis.bonusNumbers()
                .get(12)
                .expected()).isCloseTo(2 / 53.0, within(1e-15));
        assertThat(analysis.bonusNumbers()
                .stream()
                .mapToDouble(BonusHistoryAnalysis.NumberCount::expected)
                .sum()).isCloseTo(2.0, within(1e-12));
        assertThat(analysis.mainNumbers()
                .stream()
                .mapToDouble(BonusHistoryAnalysis.NumberCount::expected)
                .sum()).isCloseTo(12.0, within(1e-12));
    }
}
