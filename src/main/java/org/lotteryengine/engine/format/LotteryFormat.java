package org.lotteryengine.engine.format;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lotteryengine.engine.combinatorics.Binomial;
import org.lotteryengine.engine.combinatorics.CombinationMasks;

/**
 * A k-of-n game: k distinct numbers are drawn from {@code numberMin..numberMax}, a ticket holds k numbers, and the
 * prize depends only on how many of them are drawn. Tier {@code tierM} means exactly M matches.
 * <p>
 * Limits: k &le; {@value #MAX_DRAW_SIZE} and n = max - min + 1 &le; 64 with max &le; 64, so that a combination fits
 * one 64-bit mask and a pattern's tens digits are 0..6.
 */
public final class LotteryFormat {

    /** Most numbers a draw may hold. */
    public static final int MAX_DRAW_SIZE = 10;
    /** Largest number a game may use. */
    public static final int MAX_NUMBER = 64;

    private static final Pattern TIER_NAME = Pattern.compile("tier(\\d{1,2})");

    private final int numberMin;
    private final int numberMax;
    private final int drawSize;
    private final BigDecimal ticketPrice;
    private final List<Prize> prizes;
    private final Prize[] prizeByMatches;

    private LotteryFormat(int numberMin, int numberMax, int drawSize, BigDecimal ticketPrice, List<Prize> prizes) {
        this.numberMin = numberMin;
        this.numberMax = numberMax;
        this.drawSize = drawSize;
        this.ticketPrice = ticketPrice;
        this.prizes = prizes;
        this.prizeByMatches = new Prize[drawSize + 1];
        for (Prize prize : prizes) {
            prizeByMatches[prize.matches()] = prize;
        }
    }

    /**
     * A validated format.
     *
     * @param numberMin smallest number, at least 0
     * @param numberMax largest number, at most 64
     * @param drawSize numbers drawn (and on a ticket), 1..10
     * @param ticketPrice price of one ticket, positive, at most 2 decimals
     * @param prizes at most one prize per match count 0..drawSize
     * @throws InvalidFormatException with the reason, when the format cannot exist
     */
    public static LotteryFormat of(int numberMin, int numberMax, int drawSize, BigDecimal ticketPrice,
            Collection<Prize> prizes) {
        if (numberMin < 0) {
            throw new InvalidFormatException("the smallest number must be 0 or more, got " + numberMin);
        }
        if (numberMax > MAX_NUMBER) {
            throw new InvalidFormatException("the largest number must be at most %d, got %d".formatted(MAX_NUMBER,
                    numberMax));
        }
        if (numberMax < numberMin) {
            throw new InvalidFormatException("the largest number (%d) is below the smallest (%d)".formatted(numberMax,
                    numberMin));
        }
        int poolSize = numberMax - numberMin + 1;
        if (poolSize > CombinationMasks.MAX_ELEMENTS) {
            throw new InvalidFormatException("a game may use at most 64 numbers, %d..%d has %d".formatted(numberMin,
                    numberMax, poolSize));
        }
        if (drawSize < 1 || drawSize > MAX_DRAW_SIZE) {
            throw new InvalidFormatException("a draw must hold 1 to %d numbers, got %d".formatted(MAX_DRAW_SIZE,
                    drawSize));
        }
        if (drawSize > poolSize) {
            throw new InvalidFormatException("cannot draw %d distinct numbers from %d..%d (%d numbers)".formatted(
                    drawSize, numberMin, numberMax, poolSize));
        }
        checkTicketPrice(ticketPrice);
        TreeMap<Integer, Prize> byMatches = new TreeMap<>();
        for (Prize prize : prizes) {
            if (prize.matches() < 0 || prize.matches() > drawSize) {
                throw new InvalidFormatException("a prize for %d matches is impossible when %d numbers are drawn"
                        .formatted(prize.matches(), drawSize));
            }
            if (byMatches.put(prize.matches(), prize) != null) {
                throw new InvalidFormatException("two prizes for %d matches".formatted(prize.matches()));
            }
        }
        return new LotteryFormat(numberMin, numberMax, drawSize, ticketPrice, List.copyOf(byMatches.values()));
    }

    /** A ticket price is positive, in cents: the rule of every kind of game. */
    static void checkTicketPrice(BigDecimal ticketPrice) {
        if (ticketPrice == null || ticketPrice.signum() <= 0) {
            throw new InvalidFormatException("the ticket price must be positive, got " + plain(ticketPrice));
        }
        if (ticketPrice.stripTrailingZeros().scale() > 2) {
            throw new InvalidFormatException("the ticket price has more than 2 decimals: " + plain(ticketPrice));
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "none" : value.toPlainString();
    }

    /** The name of the tier of exactly {@code matches} matches: {@code tierM}. */
    public static String tierName(int matches) {
        return "tier" + matches;
    }

    /**
     * The match count a tier name stands for ({@code tier4} → 4).
     *
     * @throws InvalidFormatException when the name is not {@code tierM}
     */
    public static int matchesOfTier(String tierName) {
        Matcher matcher = tierName == null ? null : TIER_NAME.matcher(tierName);
        if (matcher == null || !matcher.matches()) {
            throw new InvalidFormatException("a tier is named tierM with M the number of matches, got '" + tierName + "'");
        }
        return Integer.parseInt(matcher.group(1));
    }

    public int numberMin() {
        return numberMin;
    }

    public int numberMax() {
        return numberMax;
    }

    public int drawSize() {
        return drawSize;
    }

    /** n: how many numbers the game uses. */
    public int poolSize() {
        return numberMax - numberMin + 1;
    }

    /** C(n, k): how many different draws are possible, all equally likely in a fair game. */
    public long totalDraws() {
        return Binomial.of(poolSize(), drawSize);
    }

    public BigDecimal ticketPrice() {
        return ticketPrice;
    }

    /** The prizes, by ascending match count. */
    public List<Prize> prizes() {
        return prizes;
    }

    /** The prize for exactly {@code matches} matches, if any. */
    public Optional<Prize> prizeFor(int matches) {
        return matches < 0 || matches > drawSize ? Optional.empty() : Optional.ofNullable(prizeByMatches[matches]);
    }

    /** True when some prize is pari-mutuel, so that payout figures leave it out. */
    public boolean hasPariMutuelPrizes() {
        return prizes.stream()
                .anyMatch(prize -> !prize.hasAmount());
    }

    /**
     * The mask of a ticket or draw: bit (x - min) for each number x.
     *
     * @throws InvalidFormatException when the numbers are not k distinct numbers of the game
     */
    public long maskOf(int... numbers) {
        if (numbers == null || numbers.length != drawSize) {
            throw new InvalidFormatException("a ticket holds %d numbers, got %d".formatted(drawSize,
                    numbers == null ? 0 : numbers.length));
        }
        long mask = 0;
        for (int number : numbers) {
            mask = withNumber(mask, number, "");
        }
        return mask;
    }

    /**
     * The mask of a pool of distinct numbers of the game, of any size (a wheel's pool).
     *
     * @throws InvalidFormatException for a number outside the game or a repeated number
     */
    public long maskOfPool(List<Integer> numbers) {
        long mask = 0;
        for (int number : numbers) {
            mask = withNumber(mask, number, " in the pool");
        }
        return mask;
    }

    /** The mask with one more number of the game, which it must not hold yet. */
    private long withNumber(long mask, int number, String where) {
        if (number < numberMin || number > numberMax) {
            throw new InvalidFormatException("%d is not a number of this game (%d..%d)".formatted(number, numberMin,
                    numberMax));
        }
        long bit = 1L << (number - numberMin);
        if ((mask & bit) != 0) {
            throw new InvalidFormatException("%d appears twice%s".formatted(number, where));
        }
        return mask | bit;
    }

    /** The numbers of a mask, ascending. */
    public int[] numbersOf(long mask) {
        int[] elements = CombinationMasks.toElements(mask);
        for (int i = 0; i < elements.length; i++) {
            elements[i] += numberMin;
        }
        return elements;
    }

    /** A short description, e.g. {@code 5 of 1..35}. */
    @Override
    public String toString() {
        return "%d of %d..%d, prizes %s".formatted(drawSize, numberMin, numberMax, prizes);
    }
}
