package org.lotteryengine.engine.generation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.random.RandomGenerator;

import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.combinatorics.Binomial;
import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.combinatorics.Neighbourhood;
import org.lotteryengine.engine.evaluation.NeighbourhoodWalk;
import org.lotteryengine.engine.format.LotteryFormat;

/**
 * Improves a ticket set for its strategy's exact objective by simulated annealing, with every move evaluated exactly
 * and incrementally.
 * <p>
 * State: for every possible draw D (by colex rank), the number c(D) of tickets that match it at the target tier or
 * better; from it, the draws with c &ge; 1 (the set's coverage) and with c &ge; 2. A move trades one number x of a
 * ticket t for another allowed number y; when y is in another decade the ticket's pattern changes, which
 * {@link PatternQuotas} allows only within the pattern's group and its limits, so that the set keeps meeting the
 * pattern thresholds (the numbers a ticket strategy placed are never moved). With C = t \ {x}, the move loses exactly the draws
 * D with x in D,
 * y not in D and |D &cap; C| = T - 1, and gains the same with x and y exchanged: C(k-1, T-1) &middot; C(n-k-1, k-T)
 * draws each way (2,436 for tier 3 of 5/35), walked by colex rank, instead of re-evaluating the set.
 * <p>
 * Objectives: conservative maximises #{c &ge; 1}; aggressive #{c &ge; 2}; balanced their sum. A worse move is
 * accepted with probability exp(delta / temperature) (Kirkpatrick, Gelatt and Vecchi, Science 220, 1983); the best
 * set seen is kept.
 * <p>
 * The counts live in a {@link CoverageTable} and the moves come from a {@link MoveProposer}; this class checks each
 * move against the floors and the quotas, computes its exact effect and runs the annealing.
 */
final class CoverageOptimizer {

    /**
     * Moves between two questions whether the attempt should end early (a cancellation, the time limit): a move costs
     * microseconds on 5/35 and about a millisecond on games of millions of draws.
     */
    private static final int MOVES_BETWEEN_CHECKS = 8;

    /** One proposed move: ticket index, the number out, the number in (as single bits), and its walked draws. */
    record Move(int index, long out, long in, int distinctAfter, int lostCount, int gainedCount) {
    }

    /** The best set seen, with its figures. */
    private record Best(List<GeneratedTicket> tickets, long objective, long atLeastOne, long atLeastTwo,
            double score) {
    }

    private final int target;
    private final Strategy strategy;
    private final RandomGenerator random;
    private final List<GeneratedTicket> tickets;
    private final Set<Long> taken;
    private final CoverageTable table;
    private final MoveProposer proposer;
    private final long pool;
    private final NeighbourhoodWalk walk;
    private final long walkSize;
    /** The draws a move loses and gains, reused by every move. */
    private final int[] lost;
    private final int[] gained;
    private final SetScore score;
    private final PatternQuotas quotas;
    private int hotFloor;
    private double scoreFloor;
    private Best best;

    /**
     * Counts the initial set's wins on every draw: as much work as evaluating it at the target tier, so
     * {@code stop} is asked after each ticket.
     *
     * @throws org.lotteryengine.engine.WorkStoppedException when {@code stop} says so
     */
    CoverageOptimizer(LotteryFormat format, int targetTier, Strategy strategy, TicketBuilder builder,
            RandomGenerator random, List<GeneratedTicket> initial, SetScore score, PatternQuotas quotas,
            Interruption stop) {
        this.score = score;
        this.quotas = quotas;
        this.target = targetTier;
        this.strategy = strategy;
        this.random = random;
        this.tickets = new ArrayList<>(initial);
        this.taken = new HashSet<>();
        for (GeneratedTicket ticket : initial) {
            taken.add(ticket.mask());
        }
        int k = format.drawSize();
        int n = format.poolSize();
        this.table = new CoverageTable(format.totalDraws());
        this.pool = CombinationMasks.pool(n);
        this.walk = new NeighbourhoodWalk(n, k, target);
        int[] ranks = new int[Math.toIntExact(Neighbourhood.largestLayer(n, k, target))];
        this.walkSize = Neighbourhood.size(n, k, target);
        for (GeneratedTicket ticket : tickets) {
            for (int m = target; m <= k; m++) {
                int count = walk.walk(ticket.mask(), pool, m, ranks);
                for (int i = 0; i < count; i++) {
                    table.add(ranks[i]);
                }
            }
            stop.check();
        }
        int swing = Math.toIntExact(Binomial.of(k - 1, target - 1) * Binomial.of(n - k - 1, k - target));
        this.lost = new int[Math.max(1, swing)];
        this.gained = new int[Math.max(1, swing)];
        this.proposer = new MoveProposer(k, target, strategy, builder, random, tickets, table, quotas, pool,
                this::evaluated);
        rememberBest();
    }

    /**
     * Moves that would take the set below either floor are refused: the share of tickets with a hot number and the
     * optimisation score stay at or above the thresholds the first set met (or, when it missed one, at its own value).
     */
    void keepAtLeast(int ticketsWithHot, double optimizationScore) {
        this.hotFloor = Math.min(ticketsWithHot, score.withHot());
        this.scoreFloor = Math.min(optimizationScore, score.score());
    }

    /** The strategy's objective of the current set. */
    long objective() {
        return objective(table.atLeastOne(), table.atLeastTwo());
    }

    private long objective(long one, long two) {
        return switch (strategy) {
            case CONSERVATIVE -> one;
            case AGGRESSIVE -> two;
            case BALANCED -> one + two;
        };
    }

    /**
     * An estimate of the size of a typical worsening move, to scale the temperature: the mean absolute change of the
     * objective over sampled moves that are not applied.
     */
    double typicalDelta(int samples) {
        double sum = 0;
        int counted = 0;
        for (int i = 0; i < samples; i++) {
            Move move = proposer.propose();
            if (move != null) {
                long delta = delta(move);
                if (delta != 0) {
                    sum += Math.abs(delta);
                    counted++;
                }
            }
        }
        return counted == 0 ? 1.0 : sum / counted;
    }

    private Move evaluated(int index, long out, long in) {
        GeneratedTicket ticket = tickets.get(index);
        long replaced = ticket.mask() ^ out ^ in;
        if (taken.contains(replaced) || score.withHotAfter(ticket.mask(), replaced) < hotFloor) {
            return null;
        }
        int distinctAfter = quotas.distinctAfter(ticket.mask(), replaced);
        if (distinctAfter < 0 || score.scoreAfter(ticket.mask(), out, in, distinctAfter) < scoreFloor) {
            return null;
        }
        // Lost: draws holding out (not in) and T - 1 others of the ticket; gained: the same with in and out swapped.
        int lostCount = walk.walk(ticket.mask(), pool & ~in, target, out, lost);
        int gainedCount = walk.walk(replaced, pool & ~out, target, in, gained);
        return new Move(index, out, in, distinctAfter, lostCount, gainedCount);
    }

    private long delta(Move move) {
        long one = 0;
        long two = 0;
        for (int i = 0; i < move.lostCount(); i++) {
            int count = table.wins(lost[i]);
            if (count == 1) {
                one--;
            } else if (count == 2) {
                two--;
            }
        }
        for (int i = 0; i < move.gainedCount(); i++) {
            int count = table.wins(gained[i]);
            if (count == 0) {
                one++;
            } else if (count == 1) {
                two++;
            }
        }
        return objective(one, two);
    }

    private void apply(Move move) {
        for (int i = 0; i < move.lostCount(); i++) {
            table.remove(lost[i]);
        }
        for (int i = 0; i < move.gainedCount(); i++) {
            table.add(gained[i]);
        }
        GeneratedTicket ticket = tickets.get(move.index());
        long replaced = ticket.mask() ^ move.out() ^ move.in();
        score.apply(ticket.mask(), move.out(), move.in(), move.distinctAfter());
        String pattern = quotas.apply(ticket.mask(), replaced);
        taken.remove(ticket.mask());
        taken.add(replaced);
        tickets.set(move.index(), ticket.withMask(replaced, pattern));
    }

    /**
     * Runs {@code moves} annealing moves at the given temperature, or fewer when {@code endEarly}, asked every
     * {@value #MOVES_BETWEEN_CHECKS} moves, says so; returns true when the best set improved.
     */
    boolean attempt(int moves, double temperature, BooleanSupplier endEarly) {
        long before = best.objective();
        for (int i = 0; i < moves; i++) {
            if (i % MOVES_BETWEEN_CHECKS == 0 && endEarly.getAsBoolean()) {
                break;
            }
            Move move = proposer.propose();
            if (move == null) {
                continue;
            }
            long delta = delta(move);
            if (delta >= 0 || (temperature > 0 && random.nextDouble() < Math.exp(delta / temperature))) {
                apply(move);
                if (objective() > best.objective()) {
                    rememberBest();
                }
            }
        }
        return best.objective() > before;
    }

    private void rememberBest() {
        best = new Best(List.copyOf(tickets), objective(), table.atLeastOne(), table.atLeastTwo(), score.score());
    }

    /** The best set seen. */
    List<GeneratedTicket> best() {
        return best.tickets();
    }

    /**
     * The largest objective any set of these tickets could reach: the tickets' neighbourhoods hold N &middot; s
     * (draw, ticket) pairs, so at most min(N s, C(n, k)) draws have a win and at most N s / 2 have two.
     */
    long objectiveBound() {
        long pairs = tickets.size() * walkSize;
        long total = table.totalDraws();
        return switch (strategy) {
            case CONSERVATIVE -> Math.min(pairs, total);
            case AGGRESSIVE -> Math.min(pairs / 2, total);
            case BALANCED -> Math.min(pairs, 2 * total);
        };
    }

    /** The optimisation score of the best set. */
    double bestScore() {
        return best.score();
    }

    long bestObjective() {
        return best.objective();
    }

    /** Draws on which the best set has at least one win at the target tier or better. */
    long bestAtLeastOne() {
        return best.atLeastOne();
    }

    /** Draws on which the best set has at least two wins at the target tier or better. */
    long bestAtLeastTwo() {
        return best.atLeastTwo();
    }

    /** The current set (not the best). */
    List<GeneratedTicket> current() {
        return List.copyOf(tickets);
    }

    long atLeastOne() {
        return table.atLeastOne();
    }

    long atLeastTwo() {
        return table.atLeastTwo();
    }

    long totalDraws() {
        return table.totalDraws();
    }
}
