package org.lotteryengine.engine.format;

import java.math.BigDecimal;

/**
 * The prize for exactly {@code matches} matching numbers.
 *
 * @param matches the match count, 0..k
 * @param kind how it is paid
 * @param amount the amount in the game's currency, with at most 2 decimals; null only for a pari-mutuel prize
 * @param description free text, may be null
 */
public record Prize(int matches, PrizeKind kind, BigDecimal amount, String description) {

    public Prize {
        if (kind == null) {
            throw new InvalidFormatException("prize for %d matches has no type".formatted(matches));
        }
        if (kind == PrizeKind.PARI_MUTUEL) {
            if (amount != null) {
                throw new InvalidFormatException(
                        "pari-mutuel prize for %d matches must not have an amount: it is not known in advance"
                                .formatted(matches));
            }
        } else {
            if (amount == null) {
                throw new InvalidFormatException("%s prize for %d matches needs an amount".formatted(kind.inWords(),
                        matches));
            }
            if (amount.signum() < 0) {
                throw new InvalidFormatException("prize for %d matches is negative: %s".formatted(matches,
                        amount.toPlainString()));
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                throw new InvalidFormatException("prize for %d matches has more than 2 decimals: %s".formatted(matches,
                        amount.toPlainString()));
            }
        }
    }

    /** A fixed prize. */
    public static Prize fixed(int matches, String amount) {
        return new Prize(matches, PrizeKind.FIXED, new BigDecimal(amount), null);
    }

    /** True when the amount is known (not pari-mutuel). */
    public boolean hasAmount() {
        return amount != null;
    }

    /** The amount in hundredths (cents); 0 for a pari-mutuel prize, whose amount is unknown. */
    public long amountInCents() {
        return amount == null ? 0 : amount.movePointRight(2).longValueExact();
    }
}
