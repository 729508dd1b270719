package org.lotteryengine.lotteries.service;

import java.util.Optional;

import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.platform.error.BonusGameUnsupportedException;

/**
 * A configured game as the rest of the service sees it: immutable, with the engine's format already built, so that
 * no other feature reads the stored configuration's entity (or could change the copy every replica remembers).
 * <p>
 * A game is either k-of-n ({@link #format()}) or has bonus numbers ({@link #bonusGame()}), never both.
 *
 * @param id path-safe id used in URLs, e.g. {@code tx-cash-five-5-35}
 * @param name display name, the spec's {@code lotteryType}, e.g. {@code 5/35}
 * @param format the k-of-n format; null for a bonus game
 * @param bonusGame the bonus game; null for a k-of-n game
 * @param patternRule how pattern strings are built; {@code tens-digit}
 * @param currency ISO 4217 code of the ticket price and prizes
 */
public record Lottery(String id, String name, String description, LotteryFormat format, BonusGame bonusGame,
        String patternRule, int patternLength, String currency) {

    public Lottery {
        if ((format == null) == (bonusGame == null)) {
            throw new IllegalArgumentException("a game is k-of-n or has bonus numbers: exactly one format");
        }
    }

    /** A k-of-n game. */
    public static Lottery kOfN(String id, String name, String description, LotteryFormat format, String patternRule,
            int patternLength, String currency) {
        return new Lottery(id, name, description, format, null, patternRule, patternLength, currency);
    }

    /** A game with bonus numbers. */
    public static Lottery withBonus(String id, String name, String description, BonusGame game, String patternRule,
            int patternLength, String currency) {
        return new Lottery(id, name, description, null, game, patternRule, patternLength, currency);
    }

    /**
     * The k-of-n format, which every feature not yet built for bonus games works on.
     *
     * @throws BonusGameUnsupportedException (422) for a bonus game: such a feature refuses it rather than showing
     *         figures that ignore the bonus numbers
     */
    @Override
    public LotteryFormat format() {
        if (format == null) {
            throw new BonusGameUnsupportedException(id);
        }
        return format;
    }

    /** The bonus game, if this game draws bonus numbers. */
    public Optional<BonusGame> bonus() {
        return Optional.ofNullable(bonusGame);
    }

    public boolean hasBonus() {
        return bonusGame != null;
    }

    /** Every possible draw: C(n, k) for a k-of-n game, main draws times bonus draws for a bonus game. */
    public long totalDraws() {
        return format != null ? format.totalDraws() : bonusGame.totalDraws();
    }
}
