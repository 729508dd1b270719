package org.lotteryengine.lotteries.service;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.lotteryengine.engine.format.BonusDrum;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.BonusTier;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.Prize;
import org.lotteryengine.engine.format.PrizeKind;
import org.lotteryengine.lotteries.repository.entity.LotteryConfigurationEntity;
import org.lotteryengine.lotteries.repository.entity.PrizeTierEmbeddable;
import org.lotteryengine.platform.codes.Codes;

/**
 * Converts between a stored configuration and the {@link Lottery} every other class works with.
 */
final class LotteryEntities {

    private LotteryEntities() {
    }

    static Lottery toLottery(LotteryConfigurationEntity entity) {
        if (entity.bonusDrum != null) {
            List<BonusTier> tiers = entity.prizeTiers.stream()
                    .sorted(Comparator.comparing(tier -> tier.rank))
                    .map(LotteryEntities::toBonusTier)
                    .toList();
            BonusGame game = BonusGame.of(entity.numberMin, entity.numberMax, entity.drawSize, Codes.parse(
                    BonusDrum.class, entity.bonusDrum), entity.bonusMin, entity.bonusMax, entity.bonusDrawn,
                    entity.ticketPrice, tiers);
            return Lottery.withBonus(entity.id, entity.name, entity.description, game, entity.patternRule,
                    entity.patternLength, entity.currency);
        }
        List<Prize> prizes = entity.prizeTiers.stream()
                .map(LotteryEntities::toPrize)
                .toList();
        LotteryFormat format = LotteryFormat.of(entity.numberMin, entity.numberMax, entity.drawSize,
                entity.ticketPrice, prizes);
        return Lottery.kOfN(entity.id, entity.name, entity.description, format, entity.patternRule,
                entity.patternLength, entity.currency);
    }

    static LotteryConfigurationEntity toEntity(Lottery lottery) {
        LotteryConfigurationEntity entity = new LotteryConfigurationEntity();
        entity.id = lottery.id();
        entity.name = lottery.name();
        entity.description = lottery.description();
        entity.patternLength = lottery.patternLength();
        entity.patternRule = lottery.patternRule();
        entity.currency = lottery.currency();
        if (lottery.hasBonus()) {
            BonusGame game = lottery.bonusGame();
            entity.numberMin = game.mainMin();
            entity.numberMax = game.mainMax();
            entity.drawSize = game.mainDrawn();
            entity.ticketPrice = game.ticketPrice();
            entity.bonusDrum = Codes.of(game.drum());
            entity.bonusMin = game.bonusMin();
            entity.bonusMax = game.bonusMax();
            entity.bonusDrawn = game.bonusDrawn();
            List<BonusTier> tiers = game.tiers();
            for (int rank = 0; rank < tiers.size(); rank++) {
                BonusTier tier = tiers.get(rank);
                entity.prizeTiers.add(tierRow(tier.mainMatches(), tier.bonusMatches(), rank + 1, tier.kind(), tier
                        .amount(), tier.description()));
            }
            return entity;
        }
        LotteryFormat format = lottery.format();
        entity.numberMin = format.numberMin();
        entity.numberMax = format.numberMax();
        entity.drawSize = format.drawSize();
        entity.ticketPrice = format.ticketPrice();
        for (Prize prize : format.prizes()) {
            entity.prizeTiers.add(tierRow(prize.matches(), 0, null, prize.kind(), prize.amount(), prize
                    .description()));
        }
        return entity;
    }

    private static PrizeTierEmbeddable tierRow(int matches, int bonusMatches, Integer rank, PrizeKind kind,
            BigDecimal amount, String description) {
        PrizeTierEmbeddable row = new PrizeTierEmbeddable();
        row.matchCount = matches;
        row.bonusMatches = bonusMatches;
        row.rank = rank;
        row.prizeType = Codes.of(kind);
        row.prizeAmount = amount;
        row.description = description;
        return row;
    }

    private static Prize toPrize(PrizeTierEmbeddable tier) {
        return new Prize(tier.matchCount, Codes.parse(PrizeKind.class, tier.prizeType), tier.prizeAmount, tier.description);
    }

    private static BonusTier toBonusTier(PrizeTierEmbeddable tier) {
        return new BonusTier(tier.matchCount, tier.bonusMatches, Codes.parse(PrizeKind.class, tier.prizeType),
                tier.prizeAmount, tier.description);
    }
}
