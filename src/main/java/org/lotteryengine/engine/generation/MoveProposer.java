package org.lotteryengine.engine.generation;

import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

import org.lotteryengine.engine.combinatorics.CombinationMasks;

/**
 * Proposes the moves of {@link CoverageOptimizer}: trade one number of a ticket for another allowed number. Most
 * proposals aim at a draw the objective still wants (Nurmela and Östergård's covering search, Phil. Trans. R. Soc. A
 * 354, 1996); the rest are random swaps. Each candidate is handed to the optimiser's {@link Evaluation}, which refuses
 * it (null) or returns it with its exact effect.
 */
final class MoveProposer {

    /** Share of proposals aimed at a draw the objective still wants; the rest are random swaps. */
    private static final double TARGETED_SHARE = 0.9;
    /** Random draws tried before a targeted proposal scans for a draw it wants. */
    private static final int DRAW_TRIES = 8;
    /** Candidate moves of a targeted proposal tried against the pattern quotas before giving up. */
    private static final int CANDIDATE_TRIES = 4;

    /** The optimiser's check and exact effect of one swap, or null when the swap is refused. */
    @FunctionalInterface
    interface Evaluation {

        CoverageOptimizer.Move evaluated(int index, long out, long in);
    }

    private final int drawSize;
    private final int target;
    private final Strategy strategy;
    private final TicketBuilder builder;
    private final RandomGenerator random;
    /** The optimiser's current tickets, read (never changed) here. */
    private final List<GeneratedTicket> tickets;
    private final CoverageTable table;
    private final PatternQuotas quotas;
    private final long pool;
    private final Evaluation evaluation;
    private int[] candidateTicket = new int[64];
    private long[] candidateOut = new long[64];
    private long[] candidateIn = new long[64];

    MoveProposer(int drawSize, int target, Strategy strategy, TicketBuilder builder, RandomGenerator random,
            List<GeneratedTicket> tickets, CoverageTable table, PatternQuotas quotas, long pool,
            Evaluation evaluation) {
        this.drawSize = drawSize;
        this.target = target;
        this.strategy = strategy;
        this.builder = builder;
        this.random = random;
        this.tickets = tickets;
        this.table = table;
        this.quotas = quotas;
        this.pool = pool;
        this.evaluation = evaluation;
    }

    /** A move, or null when the one drawn was refused. */
    CoverageOptimizer.Move propose() {
        return random.nextDouble() < TARGETED_SHARE ? proposeTargeted() : proposeRandom();
    }

    private CoverageOptimizer.Move proposeRandom() {
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
        return evaluation.evaluated(index, out, randomBit(candidates));
    }

    /**
     * A move that makes one more ticket match a draw the objective still wants: a random draw with fewer than the
     * goal's wins, a ticket sharing T - 1 numbers with it, and a swap of one of the ticket's other numbers for one of
     * the draw's in the same decade.
     */
    private CoverageOptimizer.Move proposeTargeted() {
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
                return evaluation.evaluated(candidateTicket[pick], candidateOut[pick], candidateIn[pick]);
            }
        }
        return proposeRandom();
    }

    /**
     * A draw with fewer than {@code goal} wins, or 0 when there is none: a few random draws first, which is enough
     * while such draws are common, then a scan from a random draw, which finds the last rare ones.
     */
    private long deficientDraw(int goal) {
        long total = table.totalDraws();
        if ((goal == 1 ? table.atLeastOne() : table.atLeastTwo()) == total) {
            return 0;
        }
        if (goal == 2) {
            return singleWinDraw();
        }
        int draws = Math.toIntExact(total);
        for (int tries = 0; tries < DRAW_TRIES; tries++) {
            int rank = random.nextInt(draws);
            if (table.wins(rank) < goal) {
                return CombinationMasks.unrank(rank, drawSize);
            }
        }
        int start = random.nextInt(draws);
        for (int i = 0; i < draws; i++) {
            int rank = start + i < draws ? start + i : start + i - draws;
            if (table.wins(rank) < goal) {
                return CombinationMasks.unrank(rank, drawSize);
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
            while (Long.bitCount(draw) < drawSize) {
                long element = CombinationMasks.randomElement(others, random);
                draw |= element;
                others &= ~element;
            }
            if (table.wins(Math.toIntExact(CombinationMasks.rank(draw))) == 1) {
                return draw;
            }
        }
        return 0;
    }

    private long randomBit(long mask) {
        return CombinationMasks.randomElement(mask, random);
    }
}
