package org.lotteryengine.engine.backtest;

import java.math.BigDecimal;

import org.lotteryengine.engine.format.BonusTier;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.Prize;
import org.lotteryengine.engine.format.PrizeKind;

/**
 * A prize tier as a backtest reports it, for games of both kinds.
 *
 * @param name {@code tier3} for a k-of-n game, {@code 5+1} (main + bonus matches) for a bonus game
 * @param mainMatches the matches (main matches for a bonus game)
 * @param bonusMatches a bonus game's bonus matches; null for a k-of-n game
 * @param kind how it is paid
 * @param amount the amount; null for a pari-mutuel prize
 */
public record TierPrize(String name, int mainMatches, Integer bonusMatches, PrizeKind kind, BigDecimal amount) {

    public static TierPrize of(Prize prize) {
        return new TierPrize(LotteryFormat.tierName(prize.matches()), prize.matches(), null, prize.kind(), prize
                .amount());
    }

    public static TierPrize of(BonusTier tier) {
        return new TierPrize(tier.name(), tier.mainMatches(), tier.bonusMatches(), tier.kind(), tier.amount());
    }

    /** The amount in cents; 0 for a pari-mutuel prize, which a backtest counts in its tier's wins only. */
    public long amountInCents() {
        return amount == null ? 0
                : amount.movePointRight(2)
                        .longValueExact();
    }
}
