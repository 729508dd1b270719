package org.lotteryengine.engine.evaluation;

/**
 * How many tickets of a bonus game's set win at a tier or better, over every (main, bonus) draw.
 *
 * @param rank the tier: wins at this rank or a better one count
 * @param drawsWithWins [w]: the draws on which exactly w tickets win
 */
public record BonusWinCounts(int rank, long[] drawsWithWins) {

    public long totalDraws() {
        long total = 0;
        for (long draws : drawsWithWins) {
            total += draws;
        }
        return total;
    }

    /** Draws on which at least {@code wins} tickets win. */
    public long drawsWithAtLeast(int wins) {
        long draws = 0;
        for (int w = Math.max(0, wins); w < drawsWithWins.length; w++) {
            draws += drawsWithWins[w];
        }
        return draws;
    }

    /** P(at least {@code wins} tickets win). */
    public double atLeast(int wins) {
        return (double) drawsWithAtLeast(wins) / totalDraws();
    }
}
