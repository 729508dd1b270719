package org.lotteryengine.engine.evaluation;

import java.util.Arrays;

import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.MatchOdds;
import org.lotteryengine.engine.format.Prize;

/**
 * Evaluates a ticket set exactly over all C(n, k) equally likely draws, with no object per draw.
 * <p>
 * It does not compare every ticket with every draw unless that is cheaper. It picks, by a cost model, between two
 * exact methods ({@link EvaluationStrategy}):
 * <ul>
 * <li>walking each distinct ticket's neighbourhood (the draws sharing at least {@code lowestTier} numbers with it:
 * 4,501 of 324,632 draws for tier 3 of 5/35), addressed by colex rank ({@link NeighbourhoodWalk}), accumulating in one
 * {@code int} per draw the payout and the best match so far: N times the neighbourhood, 4 bytes per draw (8 when
 * payouts could overflow 27 bits);</li>
 * <li>comparing every draw with every distinct ticket by popcount, for low tiers, where neighbourhoods cover most
 * draws.</li>
 * </ul>
 * The guarantee needs the best match of draws that no ticket matches {@code lowestTier} times; those draws are
 * compared with the tickets directly, stopping as soon as a ticket shows the draw cannot lower the minimum.
 * <p>
 * An {@link Interruption} is asked after each ticket's neighbourhood and every {@value #CHECK_EVERY_DRAWS} draws of a
 * pass, so that a deadline or a cancellation stops even the largest evaluation within milliseconds.
 */
public final class TicketSetEvaluator {

    /** Default largest number of draws evaluated (6/49 has 13,983,816). */
    public static final long DEFAULT_MAX_DRAWS = 20_000_000L;

    private static final int BEST_BITS = NeighbourhoodWalk.BEST_BITS;
    private static final int BEST_MASK = NeighbourhoodWalk.BEST_MASK;
    private static final long INT_PAYOUT_LIMIT = (1L << (31 - BEST_BITS)) - 1;
    private static final long LONG_PAYOUT_LIMIT = (1L << (63 - BEST_BITS)) - 1;
    /** Draws of a pass between two questions to the interruption: about a millisecond of work. */
    private static final int CHECK_EVERY_DRAWS = 1 << 18;
    /** Largest per-draw table kept for reuse by each thread: 16 MiB. */
    private static final int REUSED_TABLE_DRAWS = 1 << 22;

    private final long maxDraws;
    private final EvaluationStrategy forcedStrategy;

    private TicketSetEvaluator(long maxDraws, EvaluationStrategy forcedStrategy) {
        this.maxDraws = maxDraws;
        this.forcedStrategy = forcedStrategy;
    }

    /** For tests: an evaluator that always uses one method, so that each is checked against the brute force. */
    static TicketSetEvaluator using(EvaluationStrategy strategy) {
        return new TicketSetEvaluator(DEFAULT_MAX_DRAWS, strategy);
    }

    /** An evaluator refusing formats with more than {@code maxDraws} draws (memory is 4 or 8 bytes per draw). */
    public static TicketSetEvaluator withMaxDraws(long maxDraws) {
        if (maxDraws < 1 || maxDraws > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxDraws must be in 1.." + (Integer.MAX_VALUE - 8));
        }
        return new TicketSetEvaluator(maxDraws, null);
    }

    /** An evaluator with {@link #DEFAULT_MAX_DRAWS}. */
    public static TicketSetEvaluator standard() {
        return new TicketSetEvaluator(DEFAULT_MAX_DRAWS, null);
    }

    /** The largest number of draws this evaluator accepts. */
    public long maxDraws() {
        return maxDraws;
    }

    /** The lowest match count with a prize, or k when the format has no prize. */
    public static int lowestPrizedTier(LotteryFormat format) {
        return format.prizes()
                .stream()
                .mapToInt(Prize::matches)
                .min()
                .orElse(format.drawSize());
    }

    /** Evaluates every tier from the lowest prized one. */
    public TicketSetEvaluation evaluate(TicketSet tickets) {
        return evaluate(tickets, lowestPrizedTier(tickets.format()));
    }

    /**
     * Evaluates coverage for tiers {@code lowestTier..k} (and lower, down to the lowest prized tier, which the payout
     * needs anyway), and the payout and guarantee in full.
     *
     * @throws IllegalArgumentException when the format has more than the allowed number of draws, the set is empty,
     *         or the tier is out of 0..k
     */
    public TicketSetEvaluation evaluate(TicketSet tickets, int lowestTier) {
        return evaluate(tickets, lowestTier, Interruption.NONE);
    }

    /** Nanoseconds one neighbourhood update takes on the benchmark machine (BENCHMARKS.md, EvaluatorBenchmark). */
    public static final double NANOS_PER_WALK_UPDATE = EvaluationStrategy.WALK_UPDATE;

    /**
     * The work of {@link #evaluate(TicketSet, int)} for this many distinct tickets, in units of one neighbourhood
     * update: with a measured duration of such updates, an estimate of how long the evaluation will take.
     */
    public static double costInWalkUpdates(LotteryFormat format, int lowestTier, int distinctTickets) {
        int lowest = Math.min(lowestTier, lowestPrizedTier(format));
        return EvaluationStrategy.costInWalkUpdates(format.poolSize(), format.drawSize(), lowest, distinctTickets,
                MatchOdds.of(format));
    }

    /**
     * As {@link #evaluate(TicketSet, int)}, asking {@code stop} between pieces of the work.
     *
     * @throws org.lotteryengine.engine.WorkStoppedException when {@code stop} says so; nothing is returned
     */
    public TicketSetEvaluation evaluate(TicketSet tickets, int lowestTier, Interruption stop) {
        LotteryFormat format = tickets.format();
        long totalDraws = format.totalDraws();
        if (totalDraws > maxDraws) {
            throw new IllegalArgumentException(
                    "exact evaluation is limited to games with at most %,d possible draws; %s has %,d"
                            .formatted(maxDraws, format, totalDraws));
        }
        if (tickets.size() == 0) {
            throw new IllegalArgumentException("a ticket set needs at least one ticket");
        }
        int k = format.drawSize();
        if (lowestTier < 0 || lowestTier > k) {
            throw new IllegalArgumentException("tier must be in 0..%d, got %d".formatted(k, lowestTier));
        }
        // Every prized tier must be walked, or its prizes would be missing from the payout.
        int lowest = Math.min(lowestTier, lowestPrizedTier(format));
        Prizes prizes = Prizes.of(format);
        long payoutBound = payoutBound(tickets, prizes);
        if (payoutBound > LONG_PAYOUT_LIMIT) {
            throw new ArithmeticException("payouts too large to evaluate exactly: " + payoutBound);
        }
        EvaluationStrategy strategy = forcedStrategy != null ? forcedStrategy
                : EvaluationStrategy.cheapest(format.poolSize(), k, lowest, tickets.distinctCount(),
                        MatchOdds.of(format));
        Tally evaluation = switch (strategy) {
            case FULL_SCAN -> scan(tickets, prizes, lowest, stop);
            case NEIGHBOURHOOD_WALK -> walk(tickets, prizes, lowest, stop,
                    payoutBound <= INT_PAYOUT_LIMIT && tickets.size() <= Character.MAX_VALUE
                            ? new IntDrawTable(Math.toIntExact(totalDraws), lowest, prizes.units[lowest])
                            : new LongDrawTable(Math.toIntExact(totalDraws), largestExactNeighbourhood(format, lowest)));
        };
        long[][] histogram = evaluation.payoutHistogram();
        long[] cents = histogram[0];
        for (int i = 0; i < cents.length; i++) {
            cents[i] *= prizes.unitCents;
        }
        return new TicketSetEvaluation(tickets, lowest, evaluation.drawsWithBestMatch, evaluation.guarantee,
                new PayoutDistribution(cents, histogram[1]));
    }

    /** Prizes in units of their greatest common divisor, so that per-draw sums stay small. */
    private static final class Prizes {
        final long unitCents;
        final long[] units;

        private Prizes(long unitCents, long[] units) {
            this.unitCents = unitCents;
            this.units = units;
        }

        static Prizes of(LotteryFormat format) {
            long gcd = 0;
            for (Prize prize : format.prizes()) {
                gcd = gcd(gcd, prize.amountInCents());
            }
            long unit = gcd == 0 ? 1 : gcd;
            long[] units = new long[format.drawSize() + 1];
            for (Prize prize : format.prizes()) {
                units[prize.matches()] = prize.amountInCents() / unit;
            }
            return new Prizes(unit, units);
        }

        private static long gcd(long a, long b) {
            return b == 0 ? a : gcd(b, a % b);
        }
    }

    /**
     * Walks every distinct ticket's neighbourhood for tiers {@code lowest..k}, then tallies all draws in rank order.
     */
    private Tally walk(TicketSet tickets, Prizes prizes, int lowest, Interruption stop, DrawTable table) {
        LotteryFormat format = tickets.format();
        int k = format.drawSize();
        long pool = poolMask(format);
        long[] distinct = tickets.distinctMasks();
        int[] multiplicity = tickets.multiplicities();
        NeighbourhoodWalk neighbourhood = new NeighbourhoodWalk(format.poolSize(), k, lowest);
        for (int t = 0; t < distinct.length; t++) {
            for (int m = k; m >= lowest; m--) {
                table.addNeighbourhood(neighbourhood, distinct[t], pool, m, multiplicity[t], prizes.units[m]);
            }
            stop.check();
        }
        // A draw of numbers on no ticket, when there is one, has best match 0; else every draw has at least 1.
        boolean untouchedDraw = !everyDrawMatchesOne(format, distinct);
        Tally evaluation = new Tally(k, lowest, untouchedDraw ? 0 : 1, untouchedDraw);
        table.tallyAll(evaluation, distinct, stop);
        return evaluation;
    }

    /**
     * Whether every draw shares a number with some ticket: exactly when the numbers on no ticket are too few to make a
     * draw. Without it, the guarantee would compare the draws no ticket wins with the tickets, up to the one draw that
     * decides it, which can come last in rank order (most of the evaluation time of 100 concentrated tickets,
     * measured).
     */
    static boolean everyDrawMatchesOne(LotteryFormat format, long[] distinct) {
        long union = 0;
        for (long ticket : distinct) {
            union |= ticket;
        }
        return format.poolSize() - Long.bitCount(union) < format.drawSize();
    }

    /**
     * Per-draw state of a walk: payout units and best match packed in one number, the best match in the low
     * {@value #BEST_BITS} bits. Each draw is reached at most once per ticket, at its exact match count, highest first.
     * Both methods loop inside the implementation, so the hot loops make no calls.
     */
    private interface DrawTable {

        /**
         * Adds {@code copies} tickets' prize for {@code matches} matches, and a best match of {@code matches}, to each
         * draw that shares exactly {@code matches} numbers with the ticket.
         */
        void addNeighbourhood(NeighbourhoodWalk walk, long ticket, long pool, int matches, int copies,
                long unitsPerTicket);

        /** Records every draw, in rank order, with {@link Tally#record}. */
        void tallyAll(Tally evaluation, long[] distinct, Interruption stop);
    }

    /**
     * 6 bytes per draw, for payouts below 2^27 units and fewer than 65,536 tickets. Most updates belong to the lowest
     * tier (4,350 of the 4,501 draws a 5/35 ticket reaches at tier 3): for that tier only the number of tickets is
     * counted, in 2 bytes per draw, so that the table of a 5/35 game (650 KB) stays in a core's cache; higher tiers
     * add their payout and best match to a packed {@code int} per draw. Tables of up to
     * {@value #REUSED_TABLE_DRAWS} draws are kept per thread and cleared for reuse: a generation evaluates thousands of
     * sets, and fresh megabyte arrays each time (humongous allocations for G1) cost more than the evaluation.
     */
    private static final class IntDrawTable implements DrawTable {
        private static final ThreadLocal<int[]> REUSED_PACKED = new ThreadLocal<>();
        private static final ThreadLocal<char[]> REUSED_COUNTS = new ThreadLocal<>();
        private static final int SMALL_PAYOUTS = 1 << 12;

        private final int[] higher;
        private final char[] lowestCounts;
        private final int size;
        private final int lowest;
        private final long lowestUnits;

        IntDrawTable(int totalDraws, int lowest, long lowestUnits) {
            this.size = totalDraws;
            this.lowest = lowest;
            this.lowestUnits = lowestUnits;
            int[] packed = REUSED_PACKED.get();
            char[] counts = REUSED_COUNTS.get();
            if (packed != null && packed.length >= totalDraws) {
                Arrays.fill(packed, 0, totalDraws, 0);
                Arrays.fill(counts, 0, totalDraws, (char) 0);
            } else {
                packed = new int[totalDraws];
                counts = new char[totalDraws];
                if (totalDraws <= REUSED_TABLE_DRAWS) {
                    REUSED_PACKED.set(packed);
                    REUSED_COUNTS.set(counts);
                }
            }
            this.higher = packed;
            this.lowestCounts = counts;
        }

        @Override
        public void addNeighbourhood(NeighbourhoodWalk walk, long ticket, long pool, int matches, int copies,
                long unitsPerTicket) {
            if (matches == lowest) {
                walk.walkCount(ticket, pool, matches, lowestCounts, (char) copies);
            } else {
                walk.walkInto(ticket, pool, matches, higher, (int) (unitsPerTicket * copies) << BEST_BITS);
            }
        }

        @Override
        public void tallyAll(Tally evaluation, long[] distinct, Interruption stop) {
            // Most draws pay a few low prizes: count (payout, best) pairs in a dense array and record each distinct
            // pair once, rather than each of the draws.
            int[] small = new int[SMALL_PAYOUTS << BEST_BITS];
            for (int rank = 0; rank < size; rank++) {
                if ((rank & (CHECK_EVERY_DRAWS - 1)) == 0) {
                    stop.check();
                }
                int value = higher[rank];
                int lowestTickets = lowestCounts[rank];
                if (value == 0 && lowestTickets == 0) {
                    evaluation.recordBelowLowest(rank, 0, distinct);
                    continue;
                }
                int best = value != 0 ? value & BEST_MASK : lowest;
                long payout = (value >>> BEST_BITS) + lowestTickets * lowestUnits;
                if (payout < SMALL_PAYOUTS) {
                    small[(int) payout << BEST_BITS | best]++;
                } else {
                    evaluation.record(best, payout, 1);
                }
            }
            for (int key = 0; key < small.length; key++) {
                if (small[key] > 0) {
                    evaluation.record(key & BEST_MASK, key >>> BEST_BITS, small[key]);
                }
            }
        }
    }

    /** 8 bytes per draw, for payouts up to 2^59 units (heavily duplicated tickets with huge prizes). */
    private static final class LongDrawTable implements DrawTable {
        private final long[] draws;
        private final int[] ranks;

        LongDrawTable(int totalDraws, int largestNeighbourhood) {
            draws = new long[totalDraws];
            ranks = new int[largestNeighbourhood];
        }

        @Override
        public void addNeighbourhood(NeighbourhoodWalk walk, long ticket, long pool, int matches, int copies,
                long unitsPerTicket) {
            int count = walk.walk(ticket, pool, matches, ranks);
            long add = (unitsPerTicket * copies) << BEST_BITS;
            long[] table = draws;
            for (int i = 0; i < count; i++) {
                int rank = ranks[i];
                long value = table[rank] + add;
                if ((value & BEST_MASK) < matches) {
                    value = (value & ~BEST_MASK) | matches;
                }
                table[rank] = value;
            }
        }

        @Override
        public void tallyAll(Tally evaluation, long[] distinct, Interruption stop) {
            for (int rank = 0; rank < draws.length; rank++) {
                if ((rank & (CHECK_EVERY_DRAWS - 1)) == 0) {
                    stop.check();
                }
                long value = draws[rank];
                if (value == 0) {
                    evaluation.recordBelowLowest(rank, 0, distinct);
                } else {
                    evaluation.record((int) (value & BEST_MASK), value >>> BEST_BITS, 1);
                }
            }
        }
    }

    /** Compares every draw with every distinct ticket: for low tiers, where neighbourhoods cover most draws. */
    private Tally scan(TicketSet tickets, Prizes prizes, int lowest, Interruption stop) {
        LotteryFormat format = tickets.format();
        int k = format.drawSize();
        long totalDraws = format.totalDraws();
        long[] distinct = tickets.distinctMasks();
        int[] multiplicity = tickets.multiplicities();
        Tally evaluation = new Tally(k, lowest);
        long draw = CombinationMasks.first(k);
        // Each draw is compared with every ticket: ask the interruption as often, in comparisons, as a walk's pass does.
        long checkEvery = Math.max(1, Long.highestOneBit(CHECK_EVERY_DRAWS / Math.max(1, distinct.length)));
        for (long rank = 0; rank < totalDraws; rank++) {
            if ((rank & (checkEvery - 1)) == 0) {
                stop.check();
            }
            int best = 0;
            long payoutUnits = 0;
            for (int t = 0; t < distinct.length; t++) {
                int matches = Long.bitCount(distinct[t] & draw);
                payoutUnits += prizes.units[matches] * multiplicity[t];
                best = Math.max(best, matches);
            }
            evaluation.record(best, payoutUnits, 1);
            draw = CombinationMasks.next(draw);
        }
        return evaluation;
    }

    /**
     * The largest payout any draw can give, in units: distinct tickets cannot all match k numbers of one draw, so it
     * is at most the most repeated ticket's top prize plus every ticket's best lower prize.
     */
    private static long payoutBound(TicketSet tickets, Prizes prizes) {
        int k = prizes.units.length - 1;
        long lower = 0;
        for (int m = 0; m < k; m++) {
            lower = Math.max(lower, prizes.units[m]);
        }
        int mostRepeated = 0;
        for (int multiplicity : tickets.multiplicities()) {
            mostRepeated = Math.max(mostRepeated, multiplicity);
        }
        return Math.addExact(Math.multiplyExact((long) mostRepeated, prizes.units[k]),
                Math.multiplyExact((long) tickets.size(), lower));
    }

    private static int largestExactNeighbourhood(LotteryFormat format, int lowest) {
        MatchOdds odds = MatchOdds.of(format);
        long largest = 0;
        for (int m = lowest; m <= format.drawSize(); m++) {
            largest = Math.max(largest, odds.ways(m));
        }
        return Math.toIntExact(largest);
    }

    private static long poolMask(LotteryFormat format) {
        return CombinationMasks.pool(format.poolSize());
    }
}
