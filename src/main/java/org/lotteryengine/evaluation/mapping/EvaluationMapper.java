package org.lotteryengine.evaluation.mapping;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lotteryengine.engine.evaluation.BonusSetEvaluation;
import org.lotteryengine.engine.evaluation.PayoutDistribution;
import org.lotteryengine.engine.evaluation.TicketSetEvaluation;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.BonusTier;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.MatchOdds;
import org.lotteryengine.engine.format.Prize;
import org.lotteryengine.evaluation.rest.dto.EvaluationResponse;
import org.lotteryengine.evaluation.service.BonusEvaluated;
import org.lotteryengine.evaluation.service.Evaluated;
import org.lotteryengine.platform.codes.Codes;
import org.lotteryengine.platform.rest.RelativeChange;

/**
 * Maps an exact evaluation to its API form.
 */
public final class EvaluationMapper {

    private static final Map<String, Double> QUANTILES = quantiles();

    private EvaluationMapper() {
    }

    private static Map<String, Double> quantiles() {
        Map<String, Double> quantiles = new LinkedHashMap<>();
        quantiles.put("p50", 0.5);
        quantiles.put("p90", 0.9);
        quantiles.put("p99", 0.99);
        quantiles.put("p999", 0.999);
        quantiles.put("max", 1.0);
        return quantiles;
    }

    /**
     * @param wheel guarantees t(x) for x = 0.. of the given pool, or null
     */
    public static EvaluationResponse toResponse(Evaluated evaluated) {
        return toResponse(evaluated.lotteryId(), evaluated.lotteryType(), evaluated.currency(), evaluated.evaluation(),
                evaluated.pool(), evaluated.wheel());
    }

    private static EvaluationResponse toResponse(String lotteryId, String lotteryType, String currency,
            TicketSetEvaluation evaluation, List<Integer> pool, int[] wheel) {
        LotteryFormat format = evaluation.format();
        List<EvaluationResponse.Tier> tiers = new ArrayList<>();
        for (int m = format.drawSize(); m >= evaluation.lowestTier(); m--) {
            tiers.add(tier(evaluation, m));
        }
        return new EvaluationResponse(lotteryId, lotteryType, evaluation.totalDraws(), evaluation.tickets()
                .size(),
                evaluation.tickets()
                        .distinctCount(),
                evaluation.cost(), currency, tiers, payout(evaluation), guarantee(evaluation),
                wheel == null ? null : wheel(pool, wheel), notes(evaluation));
    }

    private static EvaluationResponse.Tier tier(TicketSetEvaluation evaluation, int m) {
        Prize prize = evaluation.format()
                .prizeFor(m)
                .orElse(null);
        double coverage = evaluation.coverage(m);
        double random = evaluation.randomDistinctCoverage(m);
        String improvement = RelativeChange.percent(coverage, random);
        return new EvaluationResponse.Tier(LotteryFormat.tierName(m), m, null, prize == null ? null : prize.amount(),
                prize == null ? null
                        : Codes.of(prize.kind()),
                evaluation.expectedWinningTickets(m), evaluation.drawsWithWinAtLeast(m), coverage, random,
                evaluation.randomQuickPickCoverage(m), improvement);
    }

    private static EvaluationResponse.Payout payout(TicketSetEvaluation evaluation) {
        return payout(evaluation.payout(), evaluation.cost(), evaluation.format()
                .hasPariMutuelPrizes());
    }

    private static EvaluationResponse.Payout payout(PayoutDistribution payout, BigDecimal costAmount,
            boolean excludesPariMutuel) {
        long cost = costAmount.movePointRight(2)
                .longValueExact();
        BigDecimal expected = payout.expected();
        BigDecimal roi = expected.subtract(costAmount)
                .divide(costAmount, MatchOdds.PRECISION)
                .multiply(BigDecimal.valueOf(100))
                .round(MatchOdds.PRECISION);
        Map<String, BigDecimal> quantiles = new LinkedHashMap<>();
        QUANTILES.forEach((name, q) -> quantiles.put(name, cents(payout.quantile(q))));
        List<EvaluationResponse.PayoutPoint> points = new ArrayList<>();
        long[] values = payout.payoutsInCents();
        long[] draws = payout.drawsPerPayout();
        for (int i = 0; i < values.length; i++) {
            points.add(new EvaluationResponse.PayoutPoint(cents(values[i]), draws[i],
                    (double) draws[i] / payout.totalDraws()));
        }
        return new EvaluationResponse.Payout(expected, roi, payout.variance()
                .round(new MathContext(20)), payout.standardDeviation(), payout.probabilityAtLeast(cost),
                payout.probabilityAbove(cost), quantiles, points, excludesPariMutuel);
    }

    /** A bonus game's evaluation: every tier, best first, as (main + bonus) matches; no k-of-n guarantee. */
    public static EvaluationResponse toResponse(BonusEvaluated evaluated) {
        BonusSetEvaluation evaluation = evaluated.evaluation();
        BonusGame game = evaluation.game();
        List<EvaluationResponse.Tier> tiers = new ArrayList<>();
        boolean pariMutuel = game.hasPariMutuelPrizes();
        for (int rank = 0; rank < game.tiers()
                .size(); rank++) {
            BonusTier tier = game.tiers()
                    .get(rank);
            double coverage = evaluation.coverage(rank);
            double random = evaluation.randomDistinctCoverage(rank);
            tiers.add(new EvaluationResponse.Tier(tier.name(), tier.mainMatches(), tier.bonusMatches(), tier.amount(),
                    Codes.of(tier.kind()), evaluation.expectedWinningTickets(rank), evaluation.drawsWithWinAtLeast(
                            rank),
                    coverage, random, evaluation.randomQuickPickCoverage(rank), RelativeChange.percent(coverage,
                            random)));
        }
        List<String> notes = new ArrayList<>();
        notes.add(("Every figure is exact: it counts all %,d equally likely draws (%,d main draws, each with its bonus"
                + " draws counted in closed form).").formatted(evaluation.totalDraws(), game.mainDraws()));
        notes.add(("A tier's coverage counts the draws on which some ticket wins that tier or a better one; tiers are"
                + " ranked as the game lists them. expectedWinningTickets is the same for every set of %d tickets.")
                .formatted(evaluation.tickets()
                        .size()));
        if (pariMutuel) {
            notes.add("Pari-mutuel prizes have no amount known in advance and count as 0 in the payout figures.");
        }
        return new EvaluationResponse(evaluated.lotteryId(), evaluated.lotteryType(), evaluation.totalDraws(),
                evaluation.tickets()
                        .size(),
                (int) evaluation.tickets()
                        .stream()
                        .distinct()
                        .count(),
                evaluation.cost(), evaluated.currency(), tiers, payout(evaluation.payout(), evaluation.cost(),
                        pariMutuel),
                null, null, notes);
    }

    private static EvaluationResponse.Guarantee guarantee(TicketSetEvaluation evaluation) {
        int g = evaluation.guaranteedMatches();
        String statement = g == 0 ? "Some draws match no number on any ticket."
                : "Every possible draw matches at least %d number%s on some ticket.".formatted(g, g == 1 ? "" : "s");
        return new EvaluationResponse.Guarantee(g, statement);
    }

    private static EvaluationResponse.Wheel wheel(List<Integer> pool, int[] guarantees) {
        List<EvaluationResponse.WheelGuarantee> all = new ArrayList<>();
        for (int x = 0; x < guarantees.length; x++) {
            all.add(new EvaluationResponse.WheelGuarantee(x, guarantees[x],
                    "If %d drawn number%s %s in the pool, some ticket matches at least %d.".formatted(x,
                            x == 1 ? "" : "s", x == 1 ? "is" : "are", guarantees[x])));
        }
        return new EvaluationResponse.Wheel(pool, all);
    }

    private static List<String> notes(TicketSetEvaluation evaluation) {
        List<String> notes = new ArrayList<>();
        notes.add("Every figure is exact: it counts all %,d equally likely draws.".formatted(evaluation.totalDraws()));
        notes.add("expectedWinningTickets is the same for every set of %d tickets; what a set changes is how the wins"
                .formatted(evaluation.tickets()
                        .size())
                + " are spread: the chance of at least one win (coverage) and the variance of the payout.");
        if (evaluation.format()
                .hasPariMutuelPrizes()) {
            notes.add("Pari-mutuel prizes have no amount known in advance and count as 0 in the payout figures.");
        }
        return notes;
    }

    private static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
