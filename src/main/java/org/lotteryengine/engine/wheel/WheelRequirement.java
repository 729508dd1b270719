package org.lotteryengine.engine.wheel;

import org.lotteryengine.engine.combinatorics.Binomial;

/**
 * What a wheel promises: on {@code points} numbers (the player's pool), tickets of {@code ticketSize} numbers such
 * that whenever {@code drawnInPool} drawn numbers are in the pool, some ticket matches at least {@code matches} of
 * them. With matches = drawnInPool it is a covering design C(v, k, t); otherwise a lotto design L(v, k, x, t) (Li and
 * van Rees).
 *
 * @param points v, the numbers of the pool
 * @param ticketSize k, the numbers of a ticket
 * @param drawnInPool x, the drawn numbers the promise assumes in the pool
 * @param matches t, the matches it promises on some ticket
 */
public record WheelRequirement(int points, int ticketSize, int drawnInPool, int matches) {

    /** Largest pool a design is searched for: C(64, x) subsets must stay countable, see {@link #subsets()}. */
    public static final int MAX_POINTS = 63;
    /** The x-subsets one search may track, one counter each (4 bytes). */
    public static final long MAX_SUBSETS = 20_000_000;

    public WheelRequirement {
        if (ticketSize < 1 || points <= ticketSize || points > MAX_POINTS) {
            throw new IllegalArgumentException("a wheel needs 1 <= k < v <= %d, got k = %d, v = %d".formatted(
                    MAX_POINTS, ticketSize, points));
        }
        if (drawnInPool < 1 || drawnInPool > points || matches < 1 || matches > Math.min(ticketSize, drawnInPool)) {
            throw new IllegalArgumentException("a guarantee needs 1 <= t <= min(k, x) and 1 <= x <= v, got t = %d,"
                    .formatted(matches) + " x = %d".formatted(drawnInPool));
        }
        if (Binomial.of(points, drawnInPool) > MAX_SUBSETS) {
            throw new IllegalArgumentException("C(%d, %d) subsets are more than the %,d a search may track".formatted(
                    points, drawnInPool, MAX_SUBSETS));
        }
    }

    /** How many x-subsets of the points the guarantee is about: C(v, x). */
    public long subsets() {
        return Binomial.of(points, drawnInPool);
    }

    /** How many different tickets there are: C(v, k). */
    public long distinctTickets() {
        return Binomial.of(points, ticketSize);
    }

    /**
     * The Schönheim-type lower bound for a covering (t = x): no design is smaller,
     * ceil(v/k ceil((v-1)/(k-1) ... ceil((v-t+1)/(k-t+1)))); 1 for a lotto design with t &lt; x, where no such simple
     * bound is used here.
     */
    public long lowerBound() {
        if (matches != drawnInPool) {
            return 1;
        }
        long bound = 1;
        for (int i = matches - 1; i >= 0; i--) {
            bound = ceilDiv((long) (points - i) * bound, ticketSize - i);
        }
        return bound;
    }

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    @Override
    public String toString() {
        return "%d if %d on %d numbers, tickets of %d".formatted(matches, drawnInPool, points, ticketSize);
    }
}
