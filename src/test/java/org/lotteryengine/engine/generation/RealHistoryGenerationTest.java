package org.lotteryengine.engine.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.history.AnalysisSettings;
import org.lotteryengine.engine.history.DrawHistory;
import org.lotteryengine.engine.history.HistoryAnalyzer;
import org.lotteryengine.engine.history.PatternGroup;
import org.lotteryengine.generation.mapping.GeneratedSetFigures;
import org.lotteryengine.support.SharedData;

/**
 * Generation on the pattern groups of a real history (Texas Cash Five, 1,035 draws), with its free-ticket tier 2.
 */
class RealHistoryGenerationTest {

    @Test
    void theSpecsTier4AggressiveTargetsHoldOnARealHistory() throws IOException {
        DrawHistory history = SharedData.texas535();
        PatternData data = PatternData.from(HistoryAnalyzer.analyze(history, AnalysisSettings.defaults()));
        GenerationResult result = generate(history, data, 4, 100, Strategy.AGGRESSIVE);

        assertThat(result.status()).isEqualTo(GenerationStatus.SUCCESS);
        assertThat(result.quality().patternGrouping().hotPatternCoverage()).isGreaterThanOrEqualTo(0.85);
        assertThat(result.quality().patternGrouping().coldPatternCoverage()).isLessThanOrEqualTo(0.03);
        assertThat(result.quality().overall().optimizationScore()).isGreaterThanOrEqualTo(0.60);
        assertThat(result.tickets()).allMatch(ticket -> ticket.group() == data.groupOf().getOrDefault(ticket
                .pattern(), PatternGroup.UNKNOWN));
        // Tier 2 of this game pays a free ticket: it is evaluated and reported too.
        assertThat(GeneratedSetFigures.expectedPerformance(result.evaluation()).optimized()).containsKey("tier2AtLeastOneWin");
        assertThat(result.wheelGuarantees()).isNotEmpty();
    }

    @Test
    void conservativeTier3OnARealHistoryBeatsRandomSetsOfTheSameSize() throws IOException {
        DrawHistory history = SharedData.texas535();
        GenerationResult result = generate(history, PatternData.from(HistoryAnalyzer.analyze(history,
                AnalysisSettings.defaults())), 3, 50, Strategy.CONSERVATIVE);

        QualityMetrics.Coverage coverage = result.quality().coverage();
        // Random sets of 50 distinct tickets: 0.502; the covering objective gets well above it under the quotas.
        assertThat(coverage.randomDistinctAtLeastOne()).isBetween(0.50, 0.51);
        assertThat(coverage.atLeastOneWin()).isGreaterThan(0.58);
    }

    private static GenerationResult generate(DrawHistory history, PatternData data, int tier, int tickets,
            Strategy strategy) {
        return GenerationEngineTest.TIMELESS.generate(history.format(), data, GenerationFixtures.request(tier, tickets,
                strategy, 2026L), Degradation.none(), GenerationListener.none(), new GenerationControl());
    }
}
