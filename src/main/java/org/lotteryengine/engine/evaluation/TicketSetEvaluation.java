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

    /**
     * An evaluation kept elsewhere (the design library), checked for consistency: every draw counted once in the best
     * matches and in the payouts.
     *
     * @throws IllegalArgumentException when the figures cannot be an evaluation of the set
     */
    public static TicketSetEvaluation restore(TicketSet tickets, int lowestTier, long[] drawsWithBestMatch,
            int guaranteedMatches, long[] payoutsInCents, long[] drawsPerPayout) {
        long total = MatchOdds.of(tickets.format())
                .totalDraws();
        if (drawsWithBestMatch.length != tickets.format()
                .drawSize() + 1 || sum(drawsWithBestMatch) != total || payoutsInCents.length != drawsPerPayout.length
                || sum(drawsPerPayout) != total || lowestTier < 0 || guaranteedMatches < 0
                || guaranteedMatches > tickets.format()
                        .drawSize()) {
            throw new IllegalArgumentException("the stored figures are not an evaluation of a set of " + tickets.format());
        }
        return new TicketSetEvaluation(tickets, lowestTier, drawsWithBestMatch.clone(), guaranteedMatches,
                new PayoutDistribution(payoutsInCents.clone(), drawsPerPayout.clone()));
    }

    /**
     * The evaluation of the same tickets with the game's numbers relabelled by a permutation: every figure here counts
     * draws by how tickets meet them, and a permutation maps draws one to one, so the counts are the same.
     *
     * @throws IllegalArgumentException when the set has another size or format
     */
    public TicketSetEvaluation relabelled(TicketSet relabelled) {
        if (relabelled.size() != tickets.size() || !relabelled.format()
                .toString()
                .equals(tickets.format()
                        .toString())) {
            throw new IllegalArgumentException("a relabelling keeps the format and the number of tickets");
        }
        return new TicketSetEvaluation(relabelled, lowestTier, drawsWithBestMatch, guaranteedMatches, payout);
    }

    /** For m = 0..k, the draws whose best match over the set is m (0 below {@link #lowestTier()}: not counted). */
    public long[] drawsWithBestMatch() {
        return drawsWithBestMatch.clone();
    }

    private static long sum(long[] counts) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return total;
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
