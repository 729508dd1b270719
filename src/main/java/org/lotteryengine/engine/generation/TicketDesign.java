package org.lotteryengine.engine.generation;

import java.util.List;

import org.lotteryengine.engine.evaluation.TicketSetEvaluation;

/**
 * A set kept in the design library for its {@link DesignKey}: the tickets, with every figure of them that a
 * relabelling keeps (see {@link Relabelling}), so that a request is answered from it without a search.
 *
 * @param tickets the tickets, with their patterns, groups, strategies and anchors
 * @param pool an aggressive set's pool (a mask), or 0
 * @param wheelGuarantees the pool's guarantees (see {@link GenerationResult#wheelGuarantees()})
 * @param evaluation the exact evaluation over every draw
 * @param coverage the exact coverage of the target tier
 * @param ticketShares each ticket's exact unique share of its winning draws
 * @param objective the strategy's objective, as a probability: what an improvement must beat
 * @param seed the seed of the search that found it: a request with this seed gets the design as it is
 * @param attempts the attempts its search made
 * @param searchMs the time its search took
 */
public record TicketDesign(List<GeneratedTicket> tickets, long pool, List<Integer> wheelGuarantees,
        TicketSetEvaluation evaluation, QualityMetrics.Coverage coverage, List<Double> ticketShares, double objective,
        long seed, int attempts, long searchMs) {

    public TicketDesign {
        tickets = List.copyOf(tickets);
        wheelGuarantees = List.copyOf(wheelGuarantees);
        ticketShares = List.copyOf(ticketShares);
        if (tickets.isEmpty() || tickets.size() != ticketShares.size() || tickets.size() != evaluation.tickets()
                .size()) {
            throw new IllegalArgumentException("a design has tickets, and one share and one evaluated ticket each");
        }
    }

    /**
     * The design of a search's result.
     *
     * @throws IllegalArgumentException for a result without tickets
     */
    public static TicketDesign of(GenerationResult result, Strategy strategy) {
        if (result.tickets()
                .isEmpty()) {
            throw new IllegalArgumentException("a failed generation has no design");
        }
        QualityMetrics.Coverage coverage = result.quality()
                .coverage();
        return new TicketDesign(result.tickets(), result.pool(), result.wheelGuarantees(), result.evaluation(),
                coverage, result.ticketShares(), objective(strategy, coverage), result.seed(), result.attempts(),
                result.timeElapsedMs());
    }

    /** What a strategy maximises: P(at least one win), P(at least two), or their mean. */
    public static double objective(Strategy strategy, QualityMetrics.Coverage coverage) {
        return switch (strategy) {
            case CONSERVATIVE -> coverage.atLeastOneWin();
            case AGGRESSIVE -> coverage.atLeastTwoWins();
            case BALANCED -> (coverage.atLeastOneWin() + coverage.atLeastTwoWins()) / 2;
        };
    }

    /** The numbers no relabelling may move: those the tickets' strategies placed. */
    long anchors() {
        long anchors = 0;
        for (GeneratedTicket ticket : tickets) {
            anchors |= ticket.anchor();
        }
        return anchors;
    }
}
