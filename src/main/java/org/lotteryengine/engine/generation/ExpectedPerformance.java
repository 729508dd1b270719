package org.lotteryengine.engine.generation;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.lotteryengine.engine.evaluation.PayoutDistribution;
import org.lotteryengine.engine.evaluation.TicketSetEvaluation;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.MatchOdds;

/**
 * The spec's expectedPerformance (spec 3.1), every figure exact from the evaluation of the returned tickets over all
 * C(n, k) draws. Keys are tier names from k down to the lowest evaluated tier.
 *
 * @param theoretical {@code tierMWins}: expected number of winning tickets at exactly M matches, N &times; P(M); the
 *        same for every set of N distinct tickets
 * @param optimized {@code tierMWins}: this set's expected winning tickets at M (equal to the theoretical figure, since
 *        no design changes an expectation); {@code tierMAtLeastOneWin}: this set's P(at least one ticket matches M or
 *        more); {@code tierMRandomQuickPicks}: the same probability for N independent quick picks
 * @param improvement per tier, this set's P(at least one win at M or more) against N random quick picks, as a percent
 *        string ("12.3%"); the target tier's is the figure the engine optimises
 * @param financialProjection exact payout figures
 */
public record ExpectedPerformance(Map<String, BigDecimal> theoretical, Map<String, Number> optimized,
        Map<String, String> improvement, FinancialProjection financialProjection) {

    /**
     * @param cost N &times; ticket price
     * @param expectedRevenue the mean payout of the set over all draws (pari-mutuel prizes count as 0)
     * @param breakEvenProbability P(payout &ge; cost)
     * @param roi (expectedRevenue - cost) / cost &times; 100, in percent
     */
    public record FinancialProjection(BigDecimal cost, BigDecimal expectedRevenue, double breakEvenProbability,
            BigDecimal roi) {
    }

    public static ExpectedPerformance of(TicketSetEvaluation evaluation) {
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
            improvement.put(tier, percent(coverage, quickPicks));
        }
        return new ExpectedPerformance(theoretical, optimized, improvement, financial(evaluation));
    }

    private static String percent(double value, double baseline) {
        return baseline == 0 ? null : String.format(Locale.ROOT, "%.1f%%", (value - baseline) / baseline * 100);
    }

    private static FinancialProjection financial(TicketSetEvaluation evaluation) {
        PayoutDistribution payout = evaluation.payout();
        BigDecimal cost = evaluation.cost();
        BigDecimal expected = payout.expected();
        BigDecimal roi = cost.signum() == 0 ? null
                : expected.subtract(cost)
                        .divide(cost, MatchOdds.PRECISION)
                        .multiply(BigDecimal.valueOf(100))
                        .round(MatchOdds.PRECISION);
        return new FinancialProjection(cost, expected, payout.probabilityAtLeast(evaluation.costInCents()), roi);
    }
}
