package org.lotteryengine.lotteries.service;

import java.util.List;

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
        List<Prize> prizes = entity.prizeTiers.stream()
                .map(LotteryEntities::toPrize)
                .toList();
        LotteryFormat format = LotteryFormat.of(entity.numberMin, entity.numberMax, entity.drawSize,
                entity.ticketPrice, prizes);
        return new Lottery(entity.id, entity.name, entity.description, format, entity.patternRule,
                entity.patternLength, entity.currency);
    }

    static LotteryConfigurationEntity toEntity(Lottery lottery) {
        LotteryFormat format = lottery.format();
        LotteryConfigurationEntity entity = new LotteryConfigurationEntity();
        entity.id = lottery.id();
        entity.name = lottery.name();
        entity.description = lottery.description();
        entity.numberMin = format.numberMin();
        entity.numberMax = format.numberMax();
        entity.drawSize = format.drawSize();
        entity.patternLength = lottery.patternLength();
        entity.patternRule = lottery.patternRule();
        entity.ticketPrice = format.ticketPrice();
        entity.currency = lottery.currency();
        for (Prize prize : format.prizes()) {
            PrizeTierEmbeddable tier = new PrizeTierEmbeddable();
            tier.matchCount = prize.matches();
            tier.prizeType = Codes.of(prize.kind());
            tier.prizeAmount = prize.amount();
            tier.description = prize.description();
            entity.prizeTiers.add(tier);
        }
        return entity;
    }

    private static Prize toPrize(PrizeTierEmbeddable tier) {
        return new Prize(tier.matchCount, Codes.parse(PrizeKind.class, tier.prizeType), tier.prizeAmount, tier.description);
    }
}
