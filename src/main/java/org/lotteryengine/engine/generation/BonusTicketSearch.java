package org.lotteryengine.engine.generation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.combinatorics.Binomial;

/**
 * Places the main numbers of a bonus game's tickets, each on the pattern its quota slot gave it, so that the tickets
 * overlap as little (spread) or as much (together) as they can at the target tier.
 * <p>
 * The cost is &Sigma; over pairs of tickets of W(s): the main draws on which both tickets of a pair sharing s numbers
 * match at least j, j the fewest main matches that a tier at the target or better pays. It is the second term of
 * inclusion-exclusion, so lowering it raises P(at least one win) and raising it raises P(at least two wins); it counts
 * pairs sharing fewer than j numbers too (two 5-number tickets sharing 1 number both match 3 of some draws), which
 * matters when the pattern quotas crowd the tickets into a few decades. It is a proxy that ignores bonus numbers: the
 * set's figures come from its exact evaluation, not from it.
 * <p>
 * Main numbers are held in two 64-bit words, so a drum of up to 128 numbers fits (bonus games go to 99); a move swaps
 * one number of a ticket for another of its decade, which keeps every ticket's pattern, and never makes two tickets
 * equal.
 */
final class BonusTicketSearch {

    /** Moves tried per ticket: enough for the cost to stop falling on Powerball-sized sets (BonusGeneratorTest). */
    static final int MOVES_PER_TICKET = 400;

    private record Key(long low, long high) {
    }

    private final int min;
    private final int max;
    private final SplittableRandom random;
    private final long[] weight;
    private final int[][] tickets;
    private final long[] low;
    private final long[] high;
    private final Set<Key> keys = new HashSet<>();

    /**
     * @param patterns the pattern of each ticket, from the quota plan
     * @param jointMatches j: the fewest main matches that a tier at the target or better pays (at least 1)
     */
    BonusTicketSearch(int min, int max, int drawSize, List<String> patterns, int jointMatches,
            SplittableRandom random) {
        this.min = min;
        this.max = max;
        this.random = random;
        this.weight = new long[drawSize + 1];
        for (int shared = 0; shared <= drawSize; shared++) {
            weight[shared] = jointDraws(max - min + 1, drawSize, shared, jointMatches);
        }
        this.tickets = new int[patterns.size()][];
        this.low = new long[patterns.size()];
        this.high = new long[patterns.size()];
        for (int t = 0; t < tickets.length; t++) {
            place(t, patterns.get(t));
        }
    }

    /** Random numbers of the pattern's decades, a ticket no other ticket equals. */
    private void place(int t, String pattern) {
        for (int tries = 0; tries < 10_000; tries++) {
            int[] numbers = new int[pattern.length()];
            long lo = 0;
            long hi = 0;
            for (int i = 0; i < numbers.length; i++) {
                int decade = Character.digit(pattern.charAt(i), 10);
                int number;
                do {
                    number = inDecade(decade);
                } while (holds(lo, hi, number));
                numbers[i] = number;
                lo |= lowBit(number);
                hi |= highBit(number);
            }
            if (keys.add(new Key(lo, hi))) {
                tickets[t] = numbers;
                low[t] = lo;
                high[t] = hi;
                return;
            }
        }
        throw new NoValidTicketSetException("not enough distinct tickets of pattern " + pattern);
    }

    private int inDecade(int decade) {
        int from = Math.max(min, decade * 10);
        int to = Math.min(max, decade * 10 + 9);
        return from + random.nextInt(to - from + 1);
    }

    /**
     * Moves numbers, keeping a move when it lowers the cost (raises it, with {@code together}) or leaves it equal
     * (half the time, to cross plateaus).
     *
     * @return the cost after the moves
     */
    long run(boolean together, int moves, Interruption stop) {
        long cost = cost();
        for (int move = 0; move < moves; move++) {
            if ((move & 1023) == 0) {
                stop.check();
            }
            int t = random.nextInt(tickets.length);
            int position = random.nextInt(tickets[t].length);
            int old = tickets[t][position];
            int number = inDecade(old / 10);
            if (holds(low[t], high[t], number)) {
                continue;
            }
            long lo = low[t] & ~lowBit(old) | lowBit(number);
            long hi = high[t] & ~highBit(old) | highBit(number);
            Key key = new Key(lo, hi);
            if (keys.contains(key)) {
                continue;
            }
            long delta = 0;
            for (int u = 0; u < tickets.length; u++) {
                if (u != t) {
                    delta += weight[shared(lo, hi, u)] - weight[shared(low[t], high[t], u)];
                }
            }
            long signed = together ? -delta : delta;
            if (signed < 0 || signed == 0 && random.nextBoolean()) {
                keys.remove(new Key(low[t], high[t]));
                keys.add(key);
                low[t] = lo;
                high[t] = hi;
                tickets[t][position] = number;
                cost += delta;
            }
        }
        return cost;
    }

    /**
     * W(s): the k-number draws from n numbers that match at least j numbers of each of two tickets sharing s numbers,
     * counted by how many numbers of the draw are shared (a), only on the first (b), only on the second (c) or on
     * neither.
     */
    static long jointDraws(int n, int k, int shared, int j) {
        int own = k - shared;
        int rest = n - 2 * k + shared;
        if (rest < 0) {
            // Two such tickets cannot exist: they would need more numbers than the drum holds.
            return 0;
        }
        long draws = 0;
        for (int a = 0; a <= shared; a++) {
            for (int b = 0; b <= own && a + b <= k; b++) {
                for (int c = 0; c <= own && a + b + c <= k; c++) {
                    int d = k - a - b - c;
                    if (a + b >= j && a + c >= j && d <= rest) {
                        draws += Binomial.exact(shared, a) * Binomial.exact(own, b) * Binomial.exact(own, c)
                                * Binomial.exact(rest, d);
                    }
                }
            }
        }
        return draws;
    }

    /** &Sigma; over pairs of tickets of W(shared). */
    long cost() {
        long cost = 0;
        for (int t = 0; t < tickets.length; t++) {
            for (int u = t + 1; u < tickets.length; u++) {
                cost += weight[shared(low[t], high[t], u)];
            }
        }
        return cost;
    }

    /** The tickets' main numbers, each ascending. */
    int[][] tickets() {
        int[][] sorted = new int[tickets.length][];
        for (int t = 0; t < tickets.length; t++) {
            sorted[t] = tickets[t].clone();
            Arrays.sort(sorted[t]);
        }
        return sorted;
    }

    private int shared(long lo, long hi, int u) {
        return Long.bitCount(lo & low[u]) + Long.bitCount(hi & high[u]);
    }

    private boolean holds(long lo, long hi, int number) {
        return (lo & lowBit(number)) != 0 || (hi & highBit(number)) != 0;
    }

    private long lowBit(int number) {
        int index = number - min;
        return index < 64 ? 1L << index : 0;
    }

    private long highBit(int number) {
        int index = number - min;
        return index >= 64 ? 1L << (index - 64) : 0;
    }
}
