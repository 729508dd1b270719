package org.lotteryengine.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.MatchOdds;
import org.lotteryengine.engine.format.Prize;
import org.lotteryengine.engine.pattern.PatternCatalog;
import org.lotteryengine.repository.entity.LotteryConfigurationEntity;
import org.lotteryengine.repository.entity.PrizeTierEmbeddable;
import org.lotteryengine.rest.dto.LotteryConfigurationResponse;
import org.lotteryengine.service.LotteryFormatMapper;

/**
 * Maps stored game configurations to their API form, with the exact odds computed by the engine.
 */
public final class LotteryConfigurationMapper {

    private LotteryConfigurationMapper() {
    }

    public static LotteryConfigurationResponse toResponse(LotteryConfigurationEntity entity) {
        LotteryFormat format = LotteryFormatMapper.toFormat(entity);
        MatchOdds odds = MatchOdds.of(format);
        Map<String, LotteryConfigurationResponse.Prize> prizes = new LinkedHashMap<>();
        entity.prizeTiers.stream()
                .sorted((a, b) -> Integer.compare(a.matchCount, b.matchCount))
                .forEach(tier -> prizes.put(LotteryFormat.tierName(tier.matchCount), toPrize(tier)));
        BigDecimal expectedValue = odds.expectedValuePerTicket();
        return new LotteryConfigurationResponse(entity.id, entity.name, entity.description,
                new LotteryConfigurationResponse.NumberRange(entity.numberMin, entity.numberMax), entity.drawSize,
                entity.patternLength, entity.patternRule, entity.ticketPrice, entity.currency, prizes,
                format.totalDraws(), PatternCatalog.of(format)
                        .count(),
                odds(format, odds), expectedValue, expectedValue.divide(format.ticketPrice(), MatchOdds.PRECISION),
                format.hasPariMutuelPrizes());
    }

    private static List<LotteryConfigurationResponse.MatchOdds> odds(LotteryFormat format, MatchOdds odds) {
        List<LotteryConfigurationResponse.MatchOdds> all = new ArrayList<>();
        for (int m = format.drawSize(); m >= 0; m--) {
            Prize prize = format.prizeFor(m)
                    .orElse(null);
            long ways = odds.ways(m);
            all.add(new LotteryConfigurationResponse.MatchOdds(LotteryFormat.tierName(m), m, ways, odds.fraction(m),
                    odds.probability(m), ways == 0 ? null : odds.oneIn(m), prize == null ? null : prize.amount(),
                    prize == null ? null
                            : prize.kind()
                                    .wireName(),
                    odds.expectedValue(m)));
        }
        return all;
    }

    private static LotteryConfigurationResponse.Prize toPrize(PrizeTierEmbeddable tier) {
        return new LotteryConfigurationResponse.Prize(tier.matchCount, tier.prizeType, tier.prizeAmount,
                tier.description);
    }
}
