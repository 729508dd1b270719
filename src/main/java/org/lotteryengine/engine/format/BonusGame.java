package org.lotteryengine.engine.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.lotteryengine.engine.combinatorics.Binomial;

/**
 * A game that draws bonus numbers besides its k main numbers, and pays by (main matches, bonus matches):
 * <ul>
 * <li>{@link BonusDrum#SEPARATE}: b bonus numbers from a drum of their own (Powerball: 5 of 1..69 and 1 of 1..26;
 * EuroMillions: 5 of 1..50 and 2 of 1..12). A ticket holds k main and b bonus numbers; a bonus number may equal a main
 * one. Every (main draw, bonus draw) pair is equally likely: C(n, k) &middot; C(m, b) in all.</li>
 * <li>{@link BonusDrum#SAME}: one more ball from the main drum after the main numbers (UK Lotto: 6 of 1..59, then a
 * bonus ball that only counts for "5 + bonus"). A ticket holds k main numbers; the bonus matches when it is one of the
 * ticket's numbers that the main draw missed. C(n, k) &middot; (n - k) draws in all.</li>
 * </ul>
 * An outcome (j main, c bonus matches) is paid by the tier (j, c) if the game has one, else by the tier (j, c') with
 * the largest c' &lt; c: a bonus match never loses a prize, so a same-drum game lists its "3 numbers" tier once, as
 * (3, 0). Tiers are ranked in the order the game lists them, best first, as operators publish them: a fixed prize
 * never pays more than one ranked above it, and an outcome with more matches of either kind is never paid by a lower
 * tier, so "this tier or better" is well defined. Main numbers go up to {@value #MAX_NUMBER}, so pattern strings keep one tens
 * digit per
 * number.
 */
public final class BonusGame {

    /** Largest main or bonus number: two decimal digits, one tens digit in a pattern string. */
    public static final int MAX_NUMBER = 99;
    /** Most bonus numbers a separate drum may draw. */
    public static final int MAX_BONUS_DRAWN = 2;

    private final int mainMin;
    private final int mainMax;
    private final int mainDrawn;
    private final BonusDrum drum;
    private final int bonusMin;
    private final int bonusMax;
    private final int bonusDrawn;
    private final BigDecimal ticketPrice;
    /** Best first. */
    private final List<BonusTier> tiers;
    /** [j][c]: the index in {@link #tiers} of the tier that pays j main and c bonus matches, or -1. */
    private final int[][] payingTier;
    /** [j][c]: draws with exactly j main and c bonus matches, for any one ticket. */
    private final long[][] outcomeWays;
    private final long totalDraws;

    private BonusGame(int mainMin, int mainMax, int mainDrawn, BonusDrum drum, int bonusMin, int bonusMax,
            int bonusDrawn, BigDecimal ticketPrice, List<BonusTier> tiers) {
        this.mainMin = mainMin;
        this.mainMax = mainMax;
        this.mainDrawn = mainDrawn;
        this.drum = drum;
        this.bonusMin = bonusMin;
        this.bonusMax = bonusMax;
        this.bonusDrawn = bonusDrawn;
        this.ticketPrice = ticketPrice;
        int n = mainMax - mainMin + 1;
        this.outcomeWays = new long[mainDrawn + 1][bonusDrawn + 1];
        long total = 0;
        for (int j = 0; j <= mainDrawn; j++) {
            long main = Math.multiplyExact(Binomial.exact(mainDrawn, j), Binomial.exact(n - mainDrawn, mainDrawn - j));
            for (int c = 0; c <= bonusDrawn; c++) {
                long bonus = drum == BonusDrum.SEPARATE
                        ? Binomial.exact(bonusDrawn, c) * Binomial.exact(bonusMax - bonusMin + 1 - bonusDrawn,
                                bonusDrawn - c)
                        // The bonus ball is one of the n - k numbers not drawn; k - j of them are on the ticket.
                        : c == 1 ? mainDrawn - j : (n - mainDrawn) - (mainDrawn - j);
                outcomeWays[j][c] = Math.multiplyExact(main, bonus);
                total = Math.addExact(total, outcomeWays[j][c]);
            }
        }
        this.totalDraws = total;
        this.tiers = tiers;
        this.payingTier = payingTiers(tiers, mainDrawn, bonusDrawn);
    }

    /**
     * A validated game.
     *
     * @param bonusMin smallest bonus number (separate drum only; ignored for the same drum)
     * @param bonusMax largest bonus number (separate drum only)
     * @param bonusDrawn bonus numbers drawn: 1 or 2 from a separate drum, 1 from the same drum
     * @param tiers the prize tiers, best first
     * @throws InvalidFormatException with the reason, when the game cannot exist or its tiers are ambiguous
     */
    public static BonusGame of(int mainMin, int mainMax, int mainDrawn, BonusDrum drum, int bonusMin, int bonusMax,
            int bonusDrawn, BigDecimal ticketPrice, List<BonusTier> tiers) {
        if (drum == null) {
            throw new InvalidFormatException("a bonus game needs its bonus drum: separate or same");
        }
        checkRange("main", mainMin, mainMax, mainDrawn, LotteryFormat.MAX_DRAW_SIZE);
        int bonusFrom = bonusMin;
        int bonusTo = bonusMax;
        if (drum == BonusDrum.SEPARATE) {
            checkRange("bonus", bonusMin, bonusMax, bonusDrawn, MAX_BONUS_DRAWN);
        } else {
            if (bonusDrawn != 1) {
                throw new InvalidFormatException("a bonus ball from the main drum is one ball, got %d".formatted(
                        bonusDrawn));
            }
            if (mainDrawn >= mainMax - mainMin + 1) {
                throw new InvalidFormatException("no ball is left in the main drum for a bonus ball after %d of %d"
                        .formatted(mainDrawn, mainMax - mainMin + 1));
            }
            bonusFrom = mainMin;
            bonusTo = mainMax;
        }
        LotteryFormat.checkTicketPrice(ticketPrice);
        if (tiers == null || tiers.isEmpty()) {
            throw new InvalidFormatException("a bonus game needs at least one prize tier");
        }
        Set<String> seen = new HashSet<>();
        for (BonusTier tier : tiers) {
            if (tier == null) {
                throw new InvalidFormatException("a prize tier is empty");
            }
            if (tier.mainMatches() < 0 || tier.mainMatches() > mainDrawn) {
                throw new InvalidFormatException("tier %s: %d main matches are impossible when %d are drawn"
                        .formatted(tier.name(), tier.mainMatches(), mainDrawn));
            }
            if (tier.bonusMatches() < 0 || tier.bonusMatches() > bonusDrawn) {
                throw new InvalidFormatException("tier %s: %d bonus matches are impossible when %d bonus number%s drawn"
                        .formatted(tier.name(), tier.bonusMatches(), bonusDrawn, bonusDrawn == 1 ? " is" : "s are"));
            }
            if (drum == BonusDrum.SAME && tier.bonusMatches() == 1 && tier.mainMatches() == mainDrawn) {
                throw new InvalidFormatException("tier %s is impossible: with all %d main numbers matched, the bonus"
                        .formatted(tier.name(), mainDrawn) + " ball, drawn from the rest, cannot be on the ticket");
            }
            if (!seen.add(tier.name())) {
                throw new InvalidFormatException("two tiers for %s".formatted(tier.name()));
            }
        }
        BonusGame game = new BonusGame(mainMin, mainMax, mainDrawn, drum, bonusFrom, bonusTo, bonusDrawn,
                ticketPrice, List.copyOf(tiers));
        game.checkRanks();
        return game;
    }

    private static void checkRange(String which, int min, int max, int drawn, int maxDrawn) {
        if (min < 0) {
            throw new InvalidFormatException("the smallest %s number must be 0 or more, got %d".formatted(which, min));
        }
        if (max > MAX_NUMBER) {
            throw new InvalidFormatException("the largest %s number must be at most %d, got %d".formatted(which,
                    MAX_NUMBER, max));
        }
        if (max < min) {
            throw new InvalidFormatException("the largest %s number (%d) is below the smallest (%d)".formatted(which,
                    max, min));
        }
        if (drawn < 1 || drawn > maxDrawn) {
            throw new InvalidFormatException("a draw holds 1 to %d %s numbers, got %d".formatted(maxDrawn, which,
                    drawn));
        }
        if (drawn > max - min + 1) {
            throw new InvalidFormatException("cannot draw %d distinct %s numbers from %d..%d".formatted(drawn, which,
                    min, max));
        }
    }

    /** A lower tier never pays a larger fixed amount, and more matches never fall to a lower tier. */
    private void checkRanks() {
        BonusTier previousFixed = null;
        for (BonusTier tier : tiers) {
            if (tier.hasAmount()) {
                if (previousFixed != null && tier.amountInCents() > previousFixed.amountInCents()) {
                    throw new InvalidFormatException(("tier %s pays %s but tier %s, ranked above it, pays only %s:"
                            + " list the tiers best first").formatted(tier.name(), tier
                                    .amount()
                                    .toPlainString(), previousFixed.name(),
                                    previousFixed.amount()
                                            .toPlainString()));
                }
                previousFixed = tier;
            }
        }
        for (int j = 0; j <= mainDrawn; j++) {
            for (int c = 0; c <= bonusDrawn; c++) {
                if (outcomeWays[j][c] == 0) {
                    continue;
                }
                int rank = rank(j, c);
                if (j < mainDrawn && outcomeWays[j + 1][c] > 0 && rank(j + 1, c) > rank) {
                    throw new InvalidFormatException("%d+%d would be paid by a lower tier than %d+%d: more matches must"
                            .formatted(j + 1, c, j, c) + " never pay less");
                }
                if (c < bonusDrawn && outcomeWays[j][c + 1] > 0 && rank(j, c + 1) > rank) {
                    throw new InvalidFormatException("%d+%d would be paid by a lower tier than %d+%d: more matches must"
                            .formatted(j, c + 1, j, c) + " never pay less");
                }
            }
        }
    }

    private static int[][] payingTiers(List<BonusTier> tiers, int mainDrawn, int bonusDrawn) {
        int[][] exact = new int[mainDrawn + 1][bonusDrawn + 1];
        for (int[] row : exact) {
            java.util.Arrays.fill(row, -1);
        }
        for (int i = 0; i < tiers.size(); i++) {
            exact[tiers.get(i)
                    .mainMatches()][tiers.get(i)
                            .bonusMatches()] = i;
        }
        int[][] paying = new int[mainDrawn + 1][bonusDrawn + 1];
        for (int j = 0; j <= mainDrawn; j++) {
            int current = -1;
            for (int c = 0; c <= bonusDrawn; c++) {
                if (exact[j][c] >= 0) {
                    current = exact[j][c];
                }
                paying[j][c] = current;
            }
        }
        return paying;
    }

    public int mainMin() {
        return mainMin;
    }

    public int mainMax() {
        return mainMax;
    }

    /** k: main numbers drawn and on a ticket. */
    public int mainDrawn() {
        return mainDrawn;
    }

    /** n: numbers in the main drum. */
    public int mainPoolSize() {
        return mainMax - mainMin + 1;
    }

    public BonusDrum drum() {
        return drum;
    }

    /** Smallest bonus number; for the same drum, the smallest main number. */
    public int bonusMin() {
        return bonusMin;
    }

    public int bonusMax() {
        return bonusMax;
    }

    /** Bonus numbers drawn. */
    public int bonusDrawn() {
        return bonusDrawn;
    }

    /** Bonus numbers on a ticket: as many as drawn from a separate drum, none for the same drum. */
    public int ticketBonusSize() {
        return drum == BonusDrum.SEPARATE ? bonusDrawn : 0;
    }

    public BigDecimal ticketPrice() {
        return ticketPrice;
    }

    /** The tiers, best first. */
    public List<BonusTier> tiers() {
        return tiers;
    }

    /** Every possible (main, bonus) draw, all equally likely in a fair game. */
    public long totalDraws() {
        return totalDraws;
    }

    /** Draws with exactly j main and c bonus matches for any one ticket. */
    public long outcomeWays(int mainMatches, int bonusMatches) {
        return outcomeWays[mainMatches][bonusMatches];
    }

    /** The rank (index in {@link #tiers()}) of the tier paying j main and c bonus matches, or the tier count. */
    public int rank(int mainMatches, int bonusMatches) {
        int tier = payingTier[mainMatches][bonusMatches];
        return tier < 0 ? tiers.size() : tier;
    }

    /** Draws one ticket wins at the tier of this rank: the sum over the outcomes it pays. */
    public long ways(int rank) {
        long ways = 0;
        for (int j = 0; j <= mainDrawn; j++) {
            for (int c = 0; c <= bonusDrawn; c++) {
                if (payingTier[j][c] == rank) {
                    ways += outcomeWays[j][c];
                }
            }
        }
        return ways;
    }

    /** C(n, k): the main draws, which an exact evaluation enumerates (bonus cases are counted per main draw). */
    public long mainDraws() {
        return Binomial.exact(mainPoolSize(), mainDrawn);
    }

    /** Different tickets: main sets times bonus sets (for a same-drum game, main sets only). */
    public long distinctTickets() {
        long main = mainDraws();
        return drum == BonusDrum.SEPARATE ? Math.multiplyExact(main, Binomial.exact(bonusMax - bonusMin + 1,
                bonusDrawn)) : main;
    }

    /**
     * Of the {@link #distinctTickets()}, how many win at this rank or better against any one draw: for a separate
     * drum the draw's neighbourhood is as large as a ticket's ({@link #ways(int)} summed), for a same-drum game it
     * counts the main sets that hold the bonus ball or not.
     */
    public long ticketsWinningAtLeast(int rank) {
        long count = 0;
        int n = mainPoolSize();
        for (int j = 0; j <= mainDrawn; j++) {
            for (int c = 0; c <= bonusDrawn; c++) {
                if (rank(j, c) > rank) {
                    continue;
                }
                count += drum == BonusDrum.SEPARATE ? outcomeWays[j][c]
                        : Binomial.exact(mainDrawn, j) * Binomial.exact(n - mainDrawn - 1, c == 1 ? mainDrawn - j - 1
                                : mainDrawn - j);
            }
        }
        return count;
    }

    /** The exact expected prize of one ticket, in cents times draws: sum of prize &middot; ways (pari-mutuel: 0). */
    public BigInteger expectedCentsTimesDraws() {
        BigInteger sum = BigInteger.ZERO;
        for (int rank = 0; rank < tiers.size(); rank++) {
            sum = sum.add(BigInteger.valueOf(tiers.get(rank)
                    .amountInCents())
                    .multiply(BigInteger.valueOf(ways(rank))));
        }
        return sum;
    }

    /** True when some tier is pari-mutuel, so that payout figures leave it out (count it as 0). */
    public boolean hasPariMutuelPrizes() {
        return tiers.stream()
                .anyMatch(tier -> tier.kind() == PrizeKind.PARI_MUTUEL);
    }

    /** Draws one ticket wins any prize on: the sum of {@link #ways(int)} over the tiers. */
    public long anyPrizeWays() {
        long sum = 0;
        for (int rank = 0; rank < tiers.size(); rank++) {
            sum += ways(rank);
        }
        return sum;
    }

    /** The expected prize of one ticket at the tier of this rank, to {@link MatchOdds#PRECISION}; 0 if pari-mutuel. */
    public BigDecimal expectedValue(int rank) {
        return perDraw(BigInteger.valueOf(tiers.get(rank)
                .amountInCents())
                .multiply(BigInteger.valueOf(ways(rank))));
    }

    /** The expected prize of one ticket over all known prizes, to {@link MatchOdds#PRECISION}. */
    public BigDecimal expectedValuePerTicket() {
        return perDraw(expectedCentsTimesDraws());
    }

    private BigDecimal perDraw(BigInteger centsTimesDraws) {
        return new BigDecimal(centsTimesDraws).divide(BigDecimal.valueOf(totalDraws), MatchOdds.PRECISION)
                .movePointLeft(2);
    }

    @Override
    public String toString() {
        return "%d of %d..%d + %d %s bonus".formatted(mainDrawn, mainMin, mainMax, bonusDrawn, drum == BonusDrum.SAME
                ? "from the same drum"
                : "of %d..%d".formatted(bonusMin, bonusMax));
    }
}
