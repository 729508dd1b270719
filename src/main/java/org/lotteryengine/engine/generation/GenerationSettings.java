package org.lotteryengine.engine.generation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The engine's configuration (spec 9.1), from the service's configuration.
 *
 * @param criteriaByTier base criteria by target match count (tier3 → 3); a tier without its own uses the nearest
 *        configured one (the lower on a tie)
 * @param modifiers strategy modifiers
 * @param shares per target match count and strategy, the share (in any unit, e.g. percent) of tickets built by each
 *        ticket strategy
 * @param weights preference weights of the pattern groups
 * @param defaultTimeoutMs time limit when the request sets none
 * @param maxTimeoutMs largest time limit a request may set
 * @param maxTickets most tickets per request
 * @param maxBudget largest budget a request may state (what its caller can keep)
 * @param algorithmVersion reported with every result
 */
public record GenerationSettings(Map<Integer, BaseCriteria> criteriaByTier, Map<Strategy, StrategyModifiers> modifiers,
        Map<Integer, Map<Strategy, Map<TicketStrategy, Integer>>> shares, PreferenceWeights weights,
        long defaultTimeoutMs, long maxTimeoutMs, int maxTickets, BigDecimal maxBudget, String algorithmVersion) {

    /** The base criteria for a target tier: its own, or the nearest configured tier's. */
    public BaseCriteria criteriaFor(int targetTier) {
        return nearest(criteriaByTier, targetTier, "stopping criteria");
    }

    /** The shares of the ticket strategies for a tier and strategy (nearest configured tier, as for criteria). */
    public Map<TicketStrategy, Integer> sharesFor(int targetTier, Strategy strategy) {
        return nearest(shares, targetTier, "strategy shares").get(strategy);
    }

    private static <T> T nearest(Map<Integer, T> byTier, int targetTier, String what) {
        T own = byTier.get(targetTier);
        if (own != null) {
            return own;
        }
        int nearest = byTier.keySet()
                .stream()
                .min((a, b) -> {
                    int byDistance = Integer.compare(Math.abs(a - targetTier), Math.abs(b - targetTier));
                    return byDistance != 0 ? byDistance : Integer.compare(a, b);
                })
                .orElseThrow(() -> new IllegalStateException("no " + what + " configured"));
        return byTier.get(nearest);
    }
}
