package org.lotteryengine.mapping;

import java.util.LinkedHashMap;
import java.util.Map;

import org.lotteryengine.repository.entity.LotteryConfigurationEntity;
import org.lotteryengine.repository.entity.PrizeTierEmbeddable;
import org.lotteryengine.rest.dto.LotteryConfigurationResponse;

/**
 * Maps stored game configurations to their API form.
 */
public final class LotteryConfigurationMapper {

    private LotteryConfigurationMapper() {
    }

    public static LotteryConfigurationResponse toResponse(LotteryConfigurationEntity entity) {
        Map<String, LotteryConfigurationResponse.Prize> prizes = new LinkedHashMap<>();
        entity.prizeTiers.stream()
                .sorted((a, b) -> Integer.compare(a.matchCount, b.matchCount))
                .forEach(tier -> prizes.put(tierName(tier), toPrize(tier)));
        return new LotteryConfigurationResponse(entity.id, entity.name, entity.description,
                new LotteryConfigurationResponse.NumberRange(entity.numberMin, entity.numberMax), entity.drawSize,
                entity.patternLength, entity.patternRule, entity.ticketPrice, entity.currency, prizes);
    }

    private static String tierName(PrizeTierEmbeddable tier) {
        return "tier" + tier.matchCount;
    }

    private static LotteryConfigurationResponse.Prize toPrize(PrizeTierEmbeddable tier) {
        return new LotteryConfigurationResponse.Prize(tier.matchCount, tier.prizeType, tier.prizeAmount,
                tier.description);
    }
}
