package org.lotteryengine.generation.mapping;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lotteryengine.engine.evaluation.PayoutDistribution;
import org.lotteryengine.engine.evaluation.TicketSetEvaluation;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.MatchOdds;
import org.lotteryengine.engine.generation.QualityMetrics;
import org.lotteryengine.generation.rest.dto.ExpectedPerformanceResponse;
import org.lotteryengine.generation.rest.dto.QualityMetricsResponse;
import org.lotteryengine.platform.rest.RelativeChange;

/**
 * The figures of a generated set in their API form: the engine's quality metrics, and the spec's expectedPerformance
 * read off the set's exact evaluation.
 */
public final class GeneratedSetFigures {

    private GeneratedSetFigures() {
    }

    /** Null for null: a failed generation has no metrics. */
    public static QualityMetricsResponse quality(QualityMetrics metrics) {
        if (metrics == null) {
            return null;
        }
        QualityMetrics.Overall overall = metrics.overall();
        QualityMetrics.PatternGrouping grouping = metrics.patternGrouping();
        QualityMetrics.PatternDiversity patternDiversity = grouping.patternDiversity();
        QualityMetrics.NumberAnalysis numbers = metrics.numberAnalysis();
        QualityMetrics.ProvenCombinationUsage proven = numbers.provenCombinationUsage();
        QualityMetrics.Diversity diversity = metrics.diversity();
        QualityMetrics.Coverage coverage = metrics.coverage();
        return new QualityMetricsResponse(
                new QualityMetricsResponse.Overall(overall.optimizationScore(), overall.qualityGrade(), overall
                        .passedAllThresholds()),
                new QualityMetricsResponse.PatternGrouping(grouping.hotPatternCoverage(), grouping
                        .warmPatternCoverage(), grouping.coldPatternCoverage(), grouping.unknownPatternCoverage(),
                        new QualityMetricsResponse.PatternDiversity(patternDiversity.uniqueHotPatterns(),
                                patternDiversity.uniqueWarmPatterns(), patternDiversity.maxSinglePatternUsage(),
                                patternDiversity.diversityScore()),
                        grouping.patternEfficiency()),
                new QualityMetricsResponse.NumberAnalysis(numbers.hotNumberCoverage(), numbers.numberDistribution(),
                        numbers.consecutiveNumberRate(), new QualityMetricsResponse.ProvenCombinationUsage(proven
                                .frequentPairs(), proven.provenTriplets(), proven.overlappingPatterns())),
                new QualityMetricsResponse.Diversity(diversity.uniqueNumbers(), diversity.averageOverlap(), diversity
                        .coverageRatio()),
                coverage == null ? null
                        : new QualityMetricsResponse.Coverage(coverage.targetTier(), coverage.objective(), coverage
                                .atLeastOneWin(), coverage.atLeastTwoWins(), coverage.randomDistinctAtLeastOne(),
                                coverage.randomQuickPicksAtLeastOne()));
    }

    /** The spec's expectedPerformance of an evaluated set; null for null (a failed generation has no set). */
    public static ExpectedPerformanceResponse expectedPerformance(TicketSetEvaluation evaluation) {
        if (evaluation == null) {
            return null;
        }
        LotteryFormat format = evaluation.format();
        Map<String, BigDecimal> theoretical = new LinkedHashMap<>();
        Map<String, Number> optimized = new LinkedHashMap<>();
        Map<String, String> improvement = new LinkedHashMap<>();
        MatchOdds odds = MatchOdds.of(format);
        BigDecimal tickets = BigDecimal.valueOf(evaluation.tickets()
                .size());
        for (int m = format.drawSize(); m >= evaluation.lowestTier(); m--) {
            String tier = LotteryFormat.tierName(m);
            theoretical.put(tier + "Wins", tickets.multiply(BigDecimal.valueOf(odds.ways(m)))
                    .divide(BigDecimal.valueOf(odds.totalDraws()), MatchOdds.PRECISION));
            optimized.put(tier + "Wins", evaluation.expectedWinningTickets(m));
            double coverage = evaluation.coverage(m);
            double quickPicks = evaluation.randomQuickPickCoverage(m);
            optimized.put(tier + "AtLeastOneWin", coverage);
            optimized.put(tier + "RandomQuickPicks", quickPicks);
            improvement.put(tier, RelativeChange.percent(coverage, quickPicks));
        }
        return new ExpectedPerformanceResponse(theoretical, optimized, improvement, financial(evaluation));
    }

    private static ExpectedPerformanceResponse.FinancialProjection financial(TicketSetEvaluation evaluation) {
        PayoutDistribution payout = evaluation.payout();
        BigDecimal cost = evaluation.cost();
        BigDecimal expected = payout.expected();
        BigDecimal roi = cost.signum() == 0 ? null
                : expected.subtract(cost)
                        .divide(cost, MatchOdds.PRECISION)
                        .multiply(BigDecimal.valueOf(100))
                        .round(MatchOdds.PRECISION);
        return new ExpectedPerformanceResponse.FinancialProjection(cost, expected, payout.probabilityAtLeast(
                evaluation.costInCents()), roi);
    }
}
