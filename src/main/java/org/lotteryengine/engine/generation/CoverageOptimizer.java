package org.lotteryengine.engine.generation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 */
final class CoverageOptimizer {

    private static final int SATURATED = 255;
    /** Share of proposals aimed at a draw the objective still wants; the rest are random swaps. */
    private static final double TARGETED_SHARE = 0.9;
    /** Random draws tried before a targeted proposal scans for a draw it wants. */
    private static final int DRAW_TRIES = 8;
    /** Candidate moves of a targeted proposal tried against the pattern quotas before giving up. */
    private static final int CANDIDATE_TRIES = 4;
    /**
     * Moves between two questions whether the attempt should end early (a cancellation, the time limit): a move costs
     * microseconds on 5/35 and about a millisecond on games of millions of draws.
     */
    private static final int MOVES_BETWEEN_CHECKS = 8;

    private final LotteryFormat format;
    private final int target;
    private final Strategy strategy;
    private final TicketBuilder builder;
    private final RandomGenerator random;
    private final List<GeneratedTicket> tickets;
    private final Set<Long> taken;
    /**
     * c(D) for every draw, one byte each so that the table stays in cache (325 KB for 5/35); counts from 255 up keep
     * 255 here and the excess in {@link #overflow}, which the objectives never need to read.
     */
    private final byte[] counts;
    private final Map<Integer, Integer> overflow = new HashMap<>();
    private final long pool;
    private final NeighbourhoodWalk walk;
    private final long walkSize;
    private int[] candidateTicket = new int[64];
    private long[] candidateOut = new long[64];
    private long[] candidateIn = new long[64];
    private final int[] lost;
    private final int[] gained;
    private long atLeastOne;
    private long atLeastTwo;
    private long bestObjective;
    private List<GeneratedTicket> best;
    private long bestAtLeastOne;
    private long bestAtLeastTwo;
    private double bestScore;
    private final SetScore score;
    private final PatternQuotas quotas;
    private int hotFloor;
    private double scoreFloor;

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
        this.format = format;
        this.target = targetTier;
        this.strategy = strategy;
        this.builder = builder;
        this.random = random;
        this.tickets = new ArrayList<>(initial);
        this.taken = new HashSet<>();
        for (GeneratedTicket ticket : initial) {
            taken.add(ticket.mask());
        }
        int k = format.drawSize();
        int n = format.poolSize();
        this.counts = new byte[Math.toIntExact(format.totalDraws())];
        this.pool = CombinationMasks.pool(n);
        this.walk = new NeighbourhoodWalk(n, k, target);
        int[] ranks = new int[Math.toIntExact(Neighbourhood.largestLayer(n, k, target))];
        this.walkSize = Neighbourhood.size(n, k, target);
        for (GeneratedTicket ticket : tickets) {
            for (int m = target; m <= k; m++) {
                int count = walk.walk(ticket.mask(), pool, m, ranks);
                for (int i = 0; i < count; i++) {
                    add(ranks[i]);
                }
            }
            stop.check();
        }
        int swing = Math.toIntExact(Binomial.of(k - 1, target - 1) * Binomial.of(n - k - 1, k - target));
        this.lost = new int[Math.max(1, swing)];
        this.gained = new int[Math.max(1, swing)];
        rememberBest();
    }

    private void add(int rank) {
        int count = counts[rank] & 0xFF;
        if (count == 0) {
            atLeastOne++;
        } else if (count == 1) {
            atLeastTwo++;
        }
        if (count == SATURATED) {
            overflow.merge(rank, 1, Integer::sum);
        } else {
            counts[rank] = (byte) (count + 1);
        }
    }

    private void remove(int rank) {
        int count = counts[rank] & 0xFF;
        if (count == 1) {
            atLeastOne--;
        } else if (count == 2) {
            atLeastTwo--;
        }
        if (count == SATURATED && overflow.containsKey(rank)) {
            overflow.computeIfPresent(rank, (key, excess) -> excess == 1 ? null : excess - 1);
        } else {
            counts[rank] = (byte) (count - 1);
        }
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
        return objective(atLeastOne, atLeastTwo);
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
            Move move = propose();
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

    /** One proposed move: ticket index, the number out, the number in (as single bits). */
    private record Move(int index, long out, long in, int distinctAfter, int lostCount, int gainedCount) {
    }

    private Move propose() {
        return random.nextDouble() < TARGETED_SHARE ? proposeTargeted() : proposeRandom();
    }

    private Move proposeRandom() {
        int index = random.nextInt(tickets.size());
        GeneratedTicket ticket = tickets.get(index);
        long movable = ticket.mask() & ~ticket.anchor();
        if (movable == 0) {
            return null;
        }
        long out = randomBit(movable);
        // Half the swaps stay in the decade (the pattern holds); the others may change the pattern within its group.
        long candidates = (random.nextBoolean() ? builder.decadeOf(Long.numberOfTrailingZeros(out))
                : builder
                        .allowed())
                & ~ticket.mask();
        if (candidates == 0) {
            return null;
        }
        return evaluated(index, out, randomBit(candidates));
    }

    /**
     * A move that makes one more ticket match a draw the objective still wants (Nurmela and Östergård's covering
     * search, Phil. Trans. R. Soc. A 354, 1996): a random draw with fewer than the goal's wins, a ticket sharing T - 1
     * numbers with it, and a swap of one of the ticket's other numbers for one of the draw's in the same decade.
     */
    private Move proposeTargeted() {
        int goal = switch (strategy) {
            case CONSERVATIVE -> 1;
            case AGGRESSIVE -> 2;
            case BALANCED -> random.nextBoolean() ? 1 : 2;
        };
        long draw = deficientDraw(goal);
        if (draw == 0) {
            return proposeRandom();
        }
        int found = 0;
        for (int index = 0; index < tickets.size(); index++) {
            GeneratedTicket ticket = tickets.get(index);
            long mask = ticket.mask();
            if (Long.bitCount(mask & draw) != target - 1) {
                continue;
            }
            for (long outs = mask & ~ticket.anchor() & ~draw; outs != 0; outs &= outs - 1) {
                for (long ins = builder.allowed() & draw & ~mask; ins != 0; ins &= ins - 1) {
                    if (found == candidateTicket.length) {
                        candidateTicket = Arrays.copyOf(candidateTicket, 2 * found);
                        candidateOut = Arrays.copyOf(candidateOut, 2 * found);
                        candidateIn = Arrays.copyOf(candidateIn, 2 * found);
                    }
                    candidateTicket[found] = index;
                    candidateOut[found] = Long.lowestOneBit(outs);
                    candidateIn[found] = Long.lowestOneBit(ins);
                    found++;
                }
            }
        }
        // Candidates are checked against the pattern quotas only when drawn: most are never drawn.
        for (int tries = 0; tries < CANDIDATE_TRIES && found > 0; tries++) {
            int pick = random.nextInt(found);
            long mask = tickets.get(candidateTicket[pick])
                    .mask();
            if (quotas.distinctAfter(mask, mask ^ candidateOut[pick] ^ candidateIn[pick]) >= 0) {
                return evaluated(candidateTicket[pick], candidateOut[pick], candidateIn[pick]);
            }
        }
        return proposeRandom();
    }

    /**
     * A draw with fewer than {@code goal} wins, or 0 when there is none: a few random draws first, which is enough
     * while such draws are common, then a scan from a random draw, which finds the last rare ones.
     */
    private long deficientDraw(int goal) {
        if ((goal == 1 ? atLeastOne : atLeastTwo) == counts.length) {
            return 0;
        }
        if (goal == 2) {
            return singleWinDraw();
        }
        int total = counts.length;
        for (int tries = 0; tries < DRAW_TRIES; tries++) {
            int rank = random.nextInt(total);
            if ((counts[rank] & 0xFF) < goal) {
                return CombinationMasks.unrank(rank, format.drawSize());
            }
        }
        int start = random.nextInt(total);
        for (int i = 0; i < total; i++) {
            int rank = start + i < total ? start + i : start + i - total;
            if ((counts[rank] & 0xFF) < goal) {
                return CombinationMasks.unrank(rank, format.drawSize());
            }
        }
        return 0;
    }

    /**
     * A draw that exactly one ticket wins, or 0: the draws a second win can be added to. A random draw almost never
     * qualifies (most draws have no win at all, and no ticket is near them), so the candidates are drawn from the
     * tickets' own neighbourhoods: the target-tier numbers of a random ticket, completed at random.
     */
    private long singleWinDraw() {
        int k = format.drawSize();
        for (int tries = 0; tries < DRAW_TRIES; tries++) {
            long ticket = tickets.get(random.nextInt(tickets.size()))
                    .mask();
            long draw = 0;
            long left = ticket;
            for (int i = 0; i < target; i++) {
                long element = CombinationMasks.randomElement(left, random);
                draw |= element;
                left &= ~element;
            }
            long others = pool & ~ticket;
            while (Long.bitCount(draw) < k) {
                long element = CombinationMasks.randomElement(others, random);
                draw |= element;
                others &= ~element;
            }
            if ((counts[Math.toIntExact(CombinationMasks.rank(draw))] & 0xFF) == 1) {
                return draw;
            }
        }
        return 0;
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
            int count = counts[lost[i]] & 0xFF;
            if (count == 1) {
                one--;
            } else if (count == 2) {
                two--;
            }
        }
        for (int i = 0; i < move.gainedCount(); i++) {
            int count = counts[gained[i]] & 0xFF;
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
            remove(lost[i]);
        }
        for (int i = 0; i < move.gainedCount(); i++) {
            add(gained[i]);
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
        long before = bestObjective;
        for (int i = 0; i < moves; i++) {
            if (i % MOVES_BETWEEN_CHECKS == 0 && endEarly.getAsBoolean()) {
                break;
            }
            Move move = propose();
            if (move == null) {
                continue;
            }
            long delta = delta(move);
            if (delta >= 0 || (temperature > 0 && random.nextDouble() < Math.exp(delta / temperature))) {
                apply(move);
                if (objective() > bestObjective) {
                    rememberBest();
                }
            }
        }
        return bestObjective > before;
    }

    private void rememberBest() {
        bestObjective = objective();
        bestAtLeastOne = atLeastOne;
        bestAtLeastTwo = atLeastTwo;
        bestScore = score.score();
        best = List.copyOf(tickets);
    }

    /** The best set seen. */
    List<GeneratedTicket> best() {
        return best;
    }

    /**
     * The largest objective any set of these tickets could reach: the tickets' neighbourhoods hold N &middot; s
     * (draw, ticket) pairs, so at most min(N s, C(n, k)) draws have a win and at most N s / 2 have two.
     */
    long objectiveBound() {
        long pairs = tickets.size() * walkSize;
        long total = counts.length;
        return switch (strategy) {
            case CONSERVATIVE -> Math.min(pairs, total);
            case AGGRESSIVE -> Math.min(pairs / 2, total);
            case BALANCED -> Math.min(pairs, 2 * total);
        };
    }

    /** The optimisation score of the best set. */
    double bestScore() {
        return bestScore;
    }

    long bestObjective() {
        return bestObjective;
    }

    /** Draws on which the best set has at least one win at the target tier or better. */
    long bestAtLeastOne() {
        return bestAtLeastOne;
    }

    /** Draws on which the best set has at least two wins at the target tier or better. */
    long bestAtLeastTwo() {
        return bestAtLeastTwo;
    }

    /** The current set (not the best). */
    List<GeneratedTicket> current() {
        return List.copyOf(tickets);
    }

    long atLeastOne() {
        return atLeastOne;
    }

    long atLeastTwo() {
        return atLeastTwo;
    }

    long totalDraws() {
        return counts.length;
    }

    private long randomBit(long mask) {
        return CombinationMasks.randomElement(mask, random);
    }
}
