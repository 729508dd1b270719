package org.lotteryengine.service;

import java.util.List;

import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.Prize;
import org.lotteryengine.engine.format.PrizeKind;
import org.lotteryengine.repository.entity.LotteryConfigurationEntity;
import org.lotteryengine.repository.entity.PrizeTierEmbeddable;

/**
 * Builds the engine's format from a stored configuration.
 */
public final class LotteryFormatMapper {

    private LotteryFormatMapper() {
    }

    public static LotteryFormat toFormat(LotteryConfigurationEntity entity) {
        List<Prize> prizes = entity.prizeTiers.stream()
                .map(LotteryFormatMapper::toPrize)
                .toList();
        return LotteryFormat.of(entity.numberMin, entity.numberMax, entity.drawSize, entity.ticketPrice, prizes);
    }

    private static Prize toPrize(PrizeTierEmbeddable tier) {
        return new Prize(tier.matchCount, PrizeKind.fromWireName(tier.prizeType), tier.prizeAmount, tier.description);
    }
}
