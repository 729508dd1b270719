package org.lotteryengine.engine.evaluation;

import org.lotteryengine.engine.combinatorics.Binomial;
import org.lotteryengine.engine.format.MatchOdds;

/**
 * The exact ways of evaluating a set, each best somewhere; {@link #cheapest} picks by a cost model calibrated on this
 * project's benchmarks (BENCHMARKS.md). Both give identical results, which the tests check against a brute force.
 */
enum EvaluationStrategy {

    /** Walk each distinct ticket's neighbourhood (high tiers: 4,501 of 324,632 draws per 5/35 ticket at tier 3). */
    NEIGHBOURHOOD_WALK,
    /** Compare every draw with every distinct ticket (low tiers, where neighbourhoods cover most draws). */
    FULL_SCAN;

    // Relative costs, measured on 5/35 (EvaluatorBenchmark): one neighbourhood update (a random read-modify-write of
    // the per-draw table) costs about 3 ns, one draw-ticket popcount comparison about 0.9 ns.
    static final double WALK_UPDATE = 3.0;
    private static final double COMPARISON = 0.9;

    /**
     * The work of the cheapest method, in units of one neighbourhood update: the two methods' costs, and a pass over
     * every draw to tally them (a sequential read, about a third of an update).
     */
    static double costInWalkUpdates(int poolSize, int k, int lowest, int distinctTickets, MatchOdds odds) {
        double walk = distinctTickets * (double) odds.waysAtLeast(lowest) * WALK_UPDATE;
        double scan = Binomial.of(poolSize, k) * (double) distinctTickets * COMPARISON;
        return (Math.min(walk, scan) + Binomial.of(poolSize, k)) / WALK_UPDATE;
    }

    static EvaluationStrategy cheapest(int poolSize, int k, int lowest, int distinctTickets, MatchOdds odds) {
        double walk = distinctTickets * (double) odds.waysAtLeast(lowest) * WALK_UPDATE;
        double scan = Binomial.of(poolSize, k) * (double) distinctTickets * COMPARISON;
        return walk <= scan ? NEIGHBOURHOOD_WALK : FULL_SCAN;
    }
}
