package org.lotteryengine.engine.evaluation;

/**
 * What random tickets achieve, in closed form, so that every "improvement" compares like with like.
 * <p>
 * By symmetry every draw is alike: a random set of N distinct tickets (drawn uniformly among the C(T, N) such sets)
 * misses a fixed draw's neighbourhood of size s with probability C(T - s, N) / C(T, N) = &prod;<sub>i&lt;N</sub>
 * (1 - s / (T - i)); N independent quick picks (repeats possible) miss it with probability (1 - s / T)<sup>N</sup>.
 * The products are summed as logarithms ({@link Math#log1p}) so that large N lose no precision.
 */
public final class RandomSetBaseline {

    private RandomSetBaseline() {
    }

    /**
     * P(at least one of N random distinct tickets lies in a given draw's neighbourhood of size s), out of T possible
     * tickets.
     *
     * @throws IllegalArgumentException when N &gt; T or s is outside 0..T
     */
    public static double distinctSetCoverage(long totalTickets, long neighbourhood, int tickets) {
        check(totalTickets, neighbourhood, tickets);
        if (tickets > totalTickets) {
            throw new IllegalArgumentException("%d distinct tickets cannot be chosen from %d".formatted(tickets,
                    totalTickets));
        }
        if (totalTickets - neighbourhood < tickets) {
            return 1.0;
        }
        double logMiss = 0;
        for (int i = 0; i < tickets; i++) {
            logMiss += Math.log1p(-(double) neighbourhood / (totalTickets - i));
        }
        return -Math.expm1(logMiss);
    }

    /** P(at least one of N independent uniform quick picks lies in a given draw's neighbourhood of size s). */
    public static double quickPickCoverage(long totalTickets, long neighbourhood, int tickets) {
        check(totalTickets, neighbourhood, tickets);
        return -Math.expm1(tickets * Math.log1p(-(double) neighbourhood / totalTickets));
    }

    private static void check(long totalTickets, long neighbourhood, int tickets) {
        if (totalTickets <= 0 || neighbourhood < 0 || neighbourhood > totalTickets || tickets < 0) {
            throw new IllegalArgumentException("T = %d, s = %d, N = %d".formatted(totalTickets, neighbourhood, tickets));
        }
    }
}
