package org.lotteryengine.engine.generation;

import java.util.List;

import org.lotteryengine.engine.evaluation.BonusSetEvaluation;
import org.lotteryengine.engine.evaluation.BonusWinCounts;

/**
 * A generated bonus game set with its exact figures over every (main, bonus) draw.
 *
 * @param tickets the tickets, in the order of the quota plan
 * @param evaluation the set's exact evaluation: every tier, the payout distribution
 * @param wins how many tickets win at the target tier or better, over every draw: P(at least one win) and P(at least
 *        two wins)
 * @param bonusMode how the bonus numbers were placed: the one of the two that scored better on the strategy's objective
 * @param objective the strategy's exact objective for this set
 * @param alternativeObjective the same objective with the other bonus placement, measured to choose; NaN when the game
 *        has no bonus numbers on tickets
 * @param thresholds the pattern thresholds, checked against the tickets
 * @param seed the seed that reproduces the set
 * @param timeElapsedMs engine time, search and exact evaluations
 * @param degradationLevel the caller's degradation level (spec 10.3)
 */
public record BonusGenerationResult(List<BonusGeneratedTicket> tickets, BonusSetEvaluation evaluation,
        BonusWinCounts wins, Strategy strategy, BonusAssignment.Mode bonusMode, double objective,
        double alternativeObjective, List<ThresholdCheck> thresholds, long seed, long timeElapsedMs,
        String degradationLevel) {

    /** The exact objective a strategy maximises, from the distribution of winning tickets at the target tier. */
    public static double objective(Strategy strategy, BonusWinCounts wins) {
        return switch (strategy) {
            case CONSERVATIVE -> wins.atLeast(1);
            case BALANCED -> (wins.atLeast(1) + wins.atLeast(2)) / 2;
            case AGGRESSIVE -> wins.atLeast(2);
        };
    }

    /** The generator runs one search of a fixed number of moves: its one attempt is its maximum. */
    public StoppingReason stoppingReason() {
        return StoppingReason.MAX_ATTEMPTS;
    }

    /** SUCCESS when every pattern threshold holds, else PARTIAL: the set is whole either way. */
    public GenerationStatus status() {
        return thresholds.stream()
                .allMatch(ThresholdCheck::met) ? GenerationStatus.SUCCESS : GenerationStatus.PARTIAL;
    }
}
