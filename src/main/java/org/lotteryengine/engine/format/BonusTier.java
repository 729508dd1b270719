package org.lotteryengine.engine.format;

import java.math.BigDecimal;

/**
 * A prize tier of a bonus game: exactly {@code mainMatches} main and {@code bonusMatches} bonus numbers (or more bonus
 * matches that no tier of their own pays: see {@link BonusGame}).
 *
 * @param kind how it is paid
 * @param amount the amount, with at most 2 decimals; null only for a pari-mutuel prize
 * @param description free text, may be null
 */
public record BonusTier(int mainMatches, int bonusMatches, PrizeKind kind, BigDecimal amount,
        String description) {

    public BonusTier {
        // The same rules as a k-of-n prize: a type, an amount unless pari-mutuel, none if it is.
        new Prize(mainMatches, kind, amount, description);
    }

    /** A fixed prize. */
    public static BonusTier fixed(int mainMatches, int bonusMatches, String amount) {
        return new BonusTier(mainMatches, bonusMatches, PrizeKind.FIXED, new BigDecimal(amount), null);
    }

    /** A pari-mutuel prize, of no amount known in advance. */
    public static BonusTier pariMutuel(int mainMatches, int bonusMatches) {
        return new BonusTier(mainMatches, bonusMatches, PrizeKind.PARI_MUTUEL, null, null);
    }

    /** {@code 5+1}: main matches, then bonus matches. */
    public String name() {
        return mainMatches + "+" + bonusMatches;
    }

    public boolean hasAmount() {
        return amount != null;
    }

    /** The amount in cents; 0 for a pari-mutuel prize. */
    public long amountInCents() {
        return amount == null ? 0
                : amount.movePointRight(2)
                        .longValueExact();
    }
}
