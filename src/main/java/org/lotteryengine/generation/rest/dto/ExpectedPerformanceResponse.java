package org.lotteryengine.generation.rest.dto;

import java.math.BigDecimal;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The spec's expectedPerformance (3.1), every figure exact from the evaluation of the returned tickets over all C(n, k)
 * draws. Keys are tier names from k down to the lowest evaluated tier.
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
@Schema(name = "ExpectedPerformance")
public record ExpectedPerformanceResponse(Map<String, BigDecimal> theoretical, Map<String, Number> optimized,
        Map<String, String> improvement, FinancialProjection financialProjection) {

    /**
     * @param cost the tickets' price
     * @param expectedRevenue the exact expected payout (fixed prizes; pari-mutuel tiers count 0)
     * @param breakEvenProbability P(payout &ge; cost)
     * @param roi (expected revenue - cost) / cost, in percent
     */

    public record FinancialProjection(BigDecimal cost, BigDecimal expectedRevenue, double breakEvenProbability,
            BigDecimal roi) {
    }
}
