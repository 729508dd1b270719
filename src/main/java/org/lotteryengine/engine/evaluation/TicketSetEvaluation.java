package org.lotteryengine.engine.evaluation;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.MatchOdds;

/**
 * The exact evaluation of a ticket set over every possible draw. Figures are exact counts of draws; probabilities
 * divide them by the number of draws.
 */
public final class TicketSetEvaluation {

    private final TicketSet tickets;
    private final MatchOdds odds;
    private final int lowestTier;
    private final long[] drawsWithBestMatch;
    private final int guaranteedMatches;
    private final PayoutDistribution payout;

    TicketSetEvaluation(TicketSet tickets, int lowestTier, long[] drawsWithBestMatch, int guaranteedMatches,
            PayoutDistribution payout) {
        this.tickets = tickets;
        this.odds = MatchOdds.of(tickets.format());
        this.lowestTier = lowestTier;
        this.drawsWithBestMatch = drawsWithBestMatch;
        this.guaranteedMatches = guaranteedMatches;
        this.payout = payout;
    }

    public TicketSet tickets() {
        return tickets;
    }

    public LotteryFormat format() {
        return tickets.format();
    }

    public long totalDraws() {
        return odds.totalDraws();
    }

    /**
     * The lowest tier whose coverage was computed: the lower of the requested tier and the lowest prized one.
     * Coverage of lower tiers is not available.
     */
    public int lowestTier() {
        return lowestTier;
    }

    /**
     * Draws on which at least one ticket matches {@code matches} numbers or more: the size of the union of the
     * tickets' neighbourhoods.
     *
     * @throws IllegalArgumentException for a tier below {@link #lowestTier()} or above k
     */
    public long drawsWithWinAtLeast(int matches) {
        if (matches < lowestTier || matches > format().drawSize()) {
            throw new IllegalArgumentException("coverage was computed for tiers %d..%d, not %d".formatted(lowestTier,
                    format().drawSize(), matches));
        }
        long count = 0;
        for (int m = matches; m < drawsWithBestMatch.length; m++) {
            count += drawsWithBestMatch[m];
        }
        return count;
    }

    /** P(at least one ticket matches {@code matches} or more): the coverage of the set for that tier. */
    public double coverage(int matches) {
        return (double) drawsWithWinAtLeast(matches) / totalDraws();
    }

    /**
     * Expected number of tickets with exactly {@code matches} matches: N &middot; ways(m) / T, the same for every set
     * of N tickets, exact to {@link MatchOdds#PRECISION}.
     */
    public BigDecimal expectedWinningTickets(int matches) {
        return new BigDecimal(BigInteger.valueOf(tickets.size())
                .multiply(BigInteger.valueOf(odds.ways(matches))))
                .divide(BigDecimal.valueOf(totalDraws()), MatchOdds.PRECISION);
    }

    /** Coverage of {@code matches}+ achieved by N random distinct tickets (closed form). */
    public double randomDistinctCoverage(int matches) {
        return RandomSetBaseline.distinctSetCoverage(totalDraws(), odds.waysAtLeast(matches), tickets.size());
    }

    /** Coverage of {@code matches}+ achieved by N independent random quick picks (closed form). */
    public double randomQuickPickCoverage(int matches) {
        return RandomSetBaseline.quickPickCoverage(totalDraws(), odds.waysAtLeast(matches), tickets.size());
    }

    /**
     * The guarantee: the smallest, over all draws, of the best match in the set. 2 means every draw matches at least
     * 2 numbers on some ticket.
     */
    public int guaranteedMatches() {
        return guaranteedMatches;
    }

    /** The exact distribution of the set's total payout (pari-mutuel prizes, whose amounts are unknown, count 0). */
    public PayoutDistribution payout() {
        return payout;
    }

    /** What the set costs. */
    public BigDecimal cost() {
        return tickets.cost();
    }

    /** The cost in cents. */
    public long costInCents() {
        return cost().movePointRight(2)
                .longValueExact();
    }
}
