package org.lotteryengine.engine.wheel;

import java.util.Arrays;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import java.util.random.RandomGenerator;

import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.combinatorics.CombinationMasks;

/**
 * Searches lotto designs (see {@link WheelRequirement}) on points 0..v-1, by local search on the number of x-subsets
 * no ticket meets in t points, as Nurmela and Östergård did for coverings (Phil. Trans. R. Soc. A 354, 1996): the
 * moves are driven by a subset not yet met, and trade one point of a ticket that meets it in t - 1 points for one of
 * the subset's, so that the ticket meets it; a worse move is accepted with probability exp(-delta / temperature).
 * <p>
 * Costs are exact and incremental. A move of ticket B from point p to q changes only subsets X with |X &cap; B| = t,
 * p in X, q not in X (they may be lost) and the same with p and q exchanged (they may be gained): C(k-1, t-1)
 * &middot; C(v-k-1, x-t) subsets each way, all built from the same choices of t - 1 points of B and x - t points
 * outside B &cup; {q}.
 * <p>
 * For the smallest design it first builds a feasible one greedily, then removes a ticket and searches until every
 * subset is met again, as long as time and moves allow; for a budget it searches the fewest unmet subsets with that
 * many tickets.
 */
public final class LottoDesignSearch {

    /** Moves between two questions to the interruption and the clock. */
    private static final int MOVES_BETWEEN_CHECKS = 256;
    /** Random candidate tickets the greedy start compares for each ticket it adds. */
    private static final int GREEDY_CANDIDATES = 24;
    private static final double START_TEMPERATURE = 0.6;
    private static final double COOLING = 0.9999;
    private static final double COLDEST = 0.1;
    /**
     * Moves one try at a design one ticket smaller may take before the search goes back and removes another ticket.
     * The cooling runs from {@value #START_TEMPERATURE} to {@value #COLDEST} in about 18,000 moves and starts again;
     * on C(18, 5, 3) the successful tries took up to 1.8 million moves.
     */
    private static final long MOVES_PER_TRY = 2_000_000;

    private final RandomGenerator random;
    private final int v;
    private final int k;
    private final int x;
    private final int t;
    private final long all;
    /** For each x-subset (colex rank): how many tickets meet it in t points or more. */
    private final int[] met;
    /** The x-subsets no ticket meets, in any order, with each one's position (or -1). */
    private final int[] unmet;
    private final int[] position;
    private int unmetCount;
    private long[] tickets = new long[16];
    private int size;

    private LottoDesignSearch(WheelRequirement requirement, RandomGenerator random) {
        this.random = random;
        this.v = requirement.points();
        this.k = requirement.ticketSize();
        this.x = requirement.drawnInPool();
        this.t = requirement.matches();
        this.all = CombinationMasks.pool(v);
        int subsets = Math.toIntExact(requirement.subsets());
        this.met = new int[subsets];
        this.unmet = new int[subsets];
        this.position = new int[subsets];
        for (int rank = 0; rank < subsets; rank++) {
            unmet[rank] = rank;
            position[rank] = rank;
        }
        this.unmetCount = subsets;
    }

    /** What a search found: the tickets (masks over the points) and how many x-subsets they leave unmet. */
    public record Result(WheelRequirement requirement, long[] tickets, long unmetSubsets, long moves) {

        public boolean meetsGuarantee() {
            return unmetSubsets == 0;
        }
    }

    /**
     * The smallest design found within the limits. The constructions of {@link CoveringConstructions} get the first
     * half of the time; the search starts from the smaller of their design and a greedy one, and removes one ticket
     * each time it meets every subset again.
     *
     * @param maxMoves moves at most of the final search, all shrinking steps together
     * @param deadlineNanos the clock's value after which the search stops
     */
    public static Result smallest(WheelRequirement requirement, long maxMoves, long deadlineNanos, LongSupplier clock,
            RandomGenerator random, Interruption stop) {
        long now = clock.getAsLong();
        // Halved before subtracting: the deadline may be Long.MAX_VALUE.
        long constructionDeadline = now + (deadlineNanos / 2 - now / 2);
        long[] constructed = new CoveringConstructions(random, constructionDeadline, clock, stop).design(requirement)
                .orElse(null);
        return smallestFrom(requirement, constructed, maxMoves, deadlineNanos, clock, random, stop);
    }

    /**
     * A design smaller than {@code start} if the search finds one within the limits, else {@code start} itself: a
     * background improvement of a stored design.
     *
     * @param start a design that meets the requirement
     * @throws IllegalArgumentException when the start does not meet the requirement
     */
    public static Result smallerThan(WheelRequirement requirement, long[] start, long deadlineNanos,
            LongSupplier clock, RandomGenerator random) {
        return smallestFrom(requirement, start, Long.MAX_VALUE, deadlineNanos, clock, random, Interruption.NONE);
    }

    /**
     * The smallest design found by search alone, from the smaller of {@code start} (a design that meets the
     * requirement, or null) and a greedy design.
     *
     * @throws IllegalArgumentException when the start does not meet the requirement
     */
    static Result smallestFrom(WheelRequirement requirement, long[] start, long maxMoves, long deadlineNanos,
            LongSupplier clock, RandomGenerator random, Interruption stop) {
        LottoDesignSearch search = new LottoDesignSearch(requirement, random);
        search.greedy(Integer.MAX_VALUE, stop);
        if (start != null && start.length < search.size) {
            search.restore(start);
            if (search.unmetCount > 0) {
                throw new IllegalArgumentException("the start design leaves %d subsets unmet for %s".formatted(
                        search.unmetCount, requirement));
            }
        }
        long[] best = search.current();
        long moves = 0;
        boolean retry = false;
        while (search.size > 1 && moves < maxMoves && clock.getAsLong() < deadlineNanos) {
            // After a failed try the search goes back to the last design that met every subset and removes another
            // ticket: the first choice may have left a hole no move closes.
            if (retry) {
                search.restore(best);
                search.removeRandom();
            } else {
                search.removeLeastUseful();
            }
            moves += search.anneal(Math.min(MOVES_PER_TRY, maxMoves - moves), deadlineNanos, clock, stop);
            if (search.unmetCount > 0) {
                retry = true;
                continue;
            }
            retry = false;
            best = search.current();
        }
        return new Result(requirement, best, 0, moves);
    }

    /**
     * The design of {@code tickets} tickets that leaves the fewest subsets unmet within the limits.
     *
     * @throws IllegalArgumentException when there are fewer distinct tickets than asked
     */
    public static Result withTickets(WheelRequirement requirement, int tickets, long maxMoves, long deadlineNanos,
            LongSupplier clock, RandomGenerator random, Interruption stop) {
        if (tickets < 1 || tickets > requirement.distinctTickets()) {
            throw new IllegalArgumentException("%d tickets of %d out of %d numbers: there are %d distinct ones"
                    .formatted(tickets, requirement.ticketSize(), requirement.points(), requirement.distinctTickets()));
        }
        LottoDesignSearch search = new LottoDesignSearch(requirement, random);
        search.greedy(tickets, stop);
        while (search.size < tickets) {
            search.add(search.randomNewTicket());
        }
        long[] best = search.current();
        long bestUnmet = search.unmetCount;
        long moves = 0;
        if (bestUnmet > 0) {
            moves = search.anneal(maxMoves, deadlineNanos, clock, stop);
            best = search.bestSeen;
            bestUnmet = search.bestSeenUnmet;
        }
        return new Result(requirement, best, bestUnmet, moves);
    }

    /** The best state of the last anneal. */
    private long[] bestSeen;
    private int bestSeenUnmet;

    /** Adds tickets that each meet the most unmet subsets among a few candidates, until all are met or the cap. */
    private void greedy(int cap, Interruption stop) {
        int[] gain = new int[1];
        while (unmetCount > 0 && size < cap) {
            stop.check();
            long bestTicket = 0;
            int bestGain = -1;
            for (int c = 0; c < GREEDY_CANDIDATES; c++) {
                long candidate = ticketMeeting(subset(unmet[random.nextInt(unmetCount)]));
                if (contains(candidate)) {
                    continue;
                }
                gain[0] = 0;
                forEachMet(candidate, rank -> {
                    if (met[(int) rank] == 0) {
                        gain[0]++;
                    }
                });
                if (gain[0] > bestGain) {
                    bestGain = gain[0];
                    bestTicket = candidate;
                }
            }
            add(bestTicket != 0 ? bestTicket : randomNewTicket());
        }
    }

    /** A ticket holding t points of the subset (all of them when t = x) and random other points. */
    private long ticketMeeting(long subset) {
        long ticket = 0;
        long inSubset = subset;
        for (int i = 0; i < t; i++) {
            long bit = CombinationMasks.randomElement(inSubset, random);
            ticket |= bit;
            inSubset &= ~bit;
        }
        long others = all & ~subset;
        while (Long.bitCount(ticket) < k) {
            long from = others != 0 && (Long.bitCount(others) >= k - Long.bitCount(ticket) || inSubset == 0) ? others
                    : inSubset;
            long bit = CombinationMasks.randomElement(from, random);
            ticket |= bit;
            others &= ~bit;
            inSubset &= ~bit;
        }
        return ticket;
    }

    private long randomNewTicket() {
        while (true) {
            long ticket = 0;
            while (Long.bitCount(ticket) < k) {
                ticket |= 1L << random.nextInt(v);
            }
            if (!contains(ticket)) {
                return ticket;
            }
        }
    }

    private void restore(long[] design) {
        Arrays.fill(met, 0);
        unmetCount = 0;
        for (int rank = 0; rank < met.length; rank++) {
            markUnmet(rank);
        }
        size = 0;
        for (long ticket : design) {
            add(ticket);
        }
    }

    private void removeRandom() {
        removeAt(random.nextInt(size));
    }

    /** Removes the ticket that alone meets the fewest subsets. */
    private void removeLeastUseful() {
        int weakest = 0;
        int fewest = Integer.MAX_VALUE;
        int[] alone = new int[1];
        for (int i = 0; i < size; i++) {
            alone[0] = 0;
            forEachMet(tickets[i], rank -> {
                if (met[(int) rank] == 1) {
                    alone[0]++;
                }
            });
            if (alone[0] < fewest) {
                fewest = alone[0];
                weakest = i;
            }
        }
        removeAt(weakest);
    }

    private void removeAt(int weakest) {
        long removed = tickets[weakest];
        tickets[weakest] = tickets[--size];
        forEachMet(removed, rank -> {
            if (--met[(int) rank] == 0) {
                markUnmet((int) rank);
            }
        });
    }

    /**
     * Moves until every subset is met, or the limits; keeps the best state seen in {@link #bestSeen}.
     *
     * @return the moves made
     */
    private long anneal(long maxMoves, long deadlineNanos, LongSupplier clock, Interruption stop) {
        double temperature = START_TEMPERATURE;
        bestSeen = current();
        bestSeenUnmet = unmetCount;
        int[] candidatesTicket = new int[64];
        long[] candidatesOut = new long[64];
        long[] candidatesIn = new long[64];
        long moves = 0;
        while (unmetCount > 0 && moves < maxMoves) {
            if (moves % MOVES_BETWEEN_CHECKS == 0) {
                stop.check();
                if (clock.getAsLong() >= deadlineNanos) {
                    break;
                }
            }
            moves++;
            long subset = subset(unmet[random.nextInt(unmetCount)]);
            int found = 0;
            for (int i = 0; i < size; i++) {
                long ticket = tickets[i];
                if (Long.bitCount(ticket & subset) != t - 1) {
                    continue;
                }
                for (long outs = ticket & ~subset; outs != 0; outs &= outs - 1) {
                    for (long ins = subset & ~ticket; ins != 0; ins &= ins - 1) {
                        if (found == candidatesTicket.length) {
                            candidatesTicket = Arrays.copyOf(candidatesTicket, 2 * found);
                            candidatesOut = Arrays.copyOf(candidatesOut, 2 * found);
                            candidatesIn = Arrays.copyOf(candidatesIn, 2 * found);
                        }
                        candidatesTicket[found] = i;
                        candidatesOut[found] = Long.lowestOneBit(outs);
                        candidatesIn[found] = Long.lowestOneBit(ins);
                        found++;
                    }
                }
            }
            if (found == 0) {
                continue;
            }
            int pick = random.nextInt(found);
            int index = candidatesTicket[pick];
            long out = candidatesOut[pick];
            long in = candidatesIn[pick];
            long moved = tickets[index] ^ out ^ in;
            if (contains(moved)) {
                continue;
            }
            int delta = delta(tickets[index], out, in);
            if (delta <= 0 || random.nextDouble() < Math.exp(-delta / temperature)) {
                apply(index, out, in);
                if (unmetCount < bestSeenUnmet) {
                    bestSeenUnmet = unmetCount;
                    bestSeen = current();
                }
            }
            temperature *= COOLING;
            if (temperature < COLDEST) {
                temperature = START_TEMPERATURE;
            }
        }
        return moves;
    }

    /** The change in unmet subsets if the ticket trades point {@code out} for {@code in} (single bits). */
    private int delta(long ticket, long out, long in) {
        int[] change = new int[1];
        forEachChanged(ticket, out, in, (lost, gained) -> {
            if (met[lost] == 1) {
                change[0]++;
            }
            if (met[gained] == 0) {
                change[0]--;
            }
        });
        return change[0];
    }

    private void apply(int index, long out, long in) {
        long ticket = tickets[index];
        forEachChanged(ticket, out, in, (lost, gained) -> {
            if (--met[lost] == 0) {
                markUnmet(lost);
            }
            if (met[gained]++ == 0) {
                markMet(gained);
            }
        });
        tickets[index] = ticket ^ out ^ in;
    }

    @FunctionalInterface
    private interface PairConsumer {
        void accept(int lost, int gained);
    }

    /**
     * The subsets the move may lose and gain, in pairs built from the same choice: p (or q), t - 1 other points of the
     * ticket, x - t points outside the ticket and q.
     */
    private void forEachChanged(long ticket, long out, long in, PairConsumer consumer) {
        long kept = ticket & ~out;
        long outside = all & ~ticket & ~in;
        for (long inner : CombinationMasks.subsetsOf(kept, t - 1)) {
            for (long outer : CombinationMasks.subsetsOf(outside, x - t)) {
                long base = inner | outer;
                consumer.accept((int) CombinationMasks.rank(base | out), (int) CombinationMasks.rank(base | in));
            }
        }
    }

    /** Every x-subset the ticket meets in t points or more, by colex rank. */
    private void forEachMet(long ticket, LongConsumer consumer) {
        long outside = all & ~ticket;
        for (int common = t; common <= Math.min(k, x); common++) {
            if (x - common > Long.bitCount(outside)) {
                continue;
            }
            for (long inner : CombinationMasks.subsetsOf(ticket, common)) {
                for (long outer : CombinationMasks.subsetsOf(outside, x - common)) {
                    consumer.accept(CombinationMasks.rank(inner | outer));
                }
            }
        }
    }

    private void add(long ticket) {
        if (size == tickets.length) {
            tickets = Arrays.copyOf(tickets, 2 * size);
        }
        tickets[size++] = ticket;
        forEachMet(ticket, rank -> {
            if (met[(int) rank]++ == 0) {
                markMet((int) rank);
            }
        });
    }

    private boolean contains(long ticket) {
        for (int i = 0; i < size; i++) {
            if (tickets[i] == ticket) {
                return true;
            }
        }
        return false;
    }

    private long subset(int rank) {
        return CombinationMasks.unrank(rank, x);
    }

    private void markMet(int rank) {
        int at = position[rank];
        int last = unmet[--unmetCount];
        unmet[at] = last;
        position[last] = at;
        position[rank] = -1;
    }

    private void markUnmet(int rank) {
        unmet[unmetCount] = rank;
        position[rank] = unmetCount++;
    }

    private long[] current() {
        return Arrays.copyOf(tickets, size);
    }
}
