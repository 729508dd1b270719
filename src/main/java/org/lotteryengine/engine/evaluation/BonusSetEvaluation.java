package org.lotteryengine.engine.evaluation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.MatchOdds;

/**
 * A bonus game's ticket set evaluated exactly over every (main, bonus) draw: for each tier, the draws on which some
 * ticket wins that tier or a better one, and the distribution of the set's total payout.
 *
 * @param drawsAtBestRank [r]: draws whose best tier over the set is the tier of rank r (best first); the last entry
 *        counts the draws that win nothing
 */
public record BonusSetEvaluation(BonusGame game, List<BonusTicket> tickets, long[] drawsAtBestRank,
        PayoutDistribution payout) {

    public long totalDraws() {
        return game.totalDraws();
    }

    /** Draws on which some ticket wins the tier of this rank or a better one. */
    public long drawsWithWinAtLeast(int rank) {
        long draws = 0;
        for (int r = 0; r <= rank; r++) {
            draws += drawsAtBestRank[r];
        }
        return draws;
    }

    /** P(some ticket wins this tier or better): the set's coverage. */
    public double coverage(int rank) {
        return (double) drawsWithWinAtLeast(rank) / totalDraws();
    }

    /** Expected number of tickets that win exactly this tier: N &middot; ways / total, the same for every set. */
    public BigDecimal expectedWinningTickets(int rank) {
        return new BigDecimal(BigInteger.valueOf(tickets.size())
                .multiply(BigInteger.valueOf(game.ways(rank)))).divide(BigDecimal.valueOf(totalDraws()),
                        MatchOdds.PRECISION);
    }

    /** The same coverage for N independent quick picks, in closed form. */
    public double randomQuickPickCoverage(int rank) {
        return RandomSetBaseline.quickPickCoverage(game.distinctTickets(), game.ticketsWinningAtLeast(rank), tickets
                .size());
    }

    /** The same coverage for N random distinct tickets, in closed form. */
    public double randomDistinctCoverage(int rank) {
        return RandomSetBaseline.distinctSetCoverage(game.distinctTickets(), game.ticketsWinningAtLeast(rank), tickets
                .size());
    }

    /** N &times; the ticket price. */
    public BigDecimal cost() {
        return game.ticketPrice()
                .multiply(BigDecimal.valueOf(tickets.size()));
    }
}
