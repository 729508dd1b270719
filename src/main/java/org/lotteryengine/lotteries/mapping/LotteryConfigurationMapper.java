package org.lotteryengine.lotteries.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.BonusTier;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.MatchOdds;
import org.lotteryengine.engine.format.Prize;
import org.lotteryengine.engine.pattern.PatternCatalog;
import org.lotteryengine.lotteries.rest.dto.LotteryConfigurationResponse;
import org.lotteryengine.lotteries.service.Lottery;
import org.lotteryengine.platform.codes.Codes;

/**
 * Maps stored game configurations to their API form, with the exact odds computed by the engine.
 */
public final class LotteryConfigurationMapper {

    private LotteryConfigurationMapper() {
    }

    public static LotteryConfigurationResponse toResponse(Lottery lottery) {
        if (lottery.hasBonus()) {
            return toBonusResponse(lottery, lottery.bonusGame());
        }
        LotteryFormat format = lottery.format();
        MatchOdds odds = MatchOdds.of(format);
        Map<String, LotteryConfigurationResponse.Prize> prizes = new LinkedHashMap<>();
        // format.prizes() is in ascending match count, the order the API lists them in
        for (Prize prize : format.prizes()) {
            prizes.put(LotteryFormat.tierName(prize.matches()), toPrize(prize));
        }
        BigDecimal expectedValue = odds.expectedValuePerTicket();
        return new LotteryConfigurationResponse(lottery.id(), lottery.name(), lottery.description(),
                new LotteryConfigurationResponse.NumberRange(format.numberMin(), format.numberMax()), format
                        .drawSize(),
                lottery.patternLength(), lottery.patternRule(), format.ticketPrice(), lottery.currency(), prizes,
                format.totalDraws(), PatternCatalog.of(format)
                        .count(),
                odds(format, odds), null, null, expectedValue, expectedValue.divide(format.ticketPrice(),
                        MatchOdds.PRECISION),
                format.hasPariMutuelPrizes());
    }

    private static LotteryConfigurationResponse toBonusResponse(Lottery lottery, BonusGame game) {
        long total = game.totalDraws();
        List<LotteryConfigurationResponse.BonusTierOdds> tiers = new ArrayList<>();
        boolean pariMutuel = game.hasPariMutuelPrizes();
        for (int rank = 0; rank < game.tiers()
                .size(); rank++) {
            BonusTier tier = game.tiers()
                    .get(rank);
            long ways = game.ways(rank);
            tiers.add(new LotteryConfigurationResponse.BonusTierOdds(tier.name(), rank + 1, tier.mainMatches(), tier
                    .bonusMatches(), Codes.of(tier.kind()), tier.amount(), tier.description(), ways, ways + "/" + total,
                    (double) ways / total, (double) total / ways, game.expectedValue(rank)));
        }
        long anyPrize = game.anyPrizeWays();
        LotteryConfigurationResponse.Bonus bonus = new LotteryConfigurationResponse.Bonus(Codes.of(game.drum()),
                new LotteryConfigurationResponse.NumberRange(game.bonusMin(), game.bonusMax()), game.bonusDrawn(),
                game.ticketBonusSize(), game.mainDraws(), anyPrize, (double) total / anyPrize);
        BigDecimal expectedValue = game.expectedValuePerTicket();
        return new LotteryConfigurationResponse(lottery.id(), lottery.name(), lottery.description(),
                new LotteryConfigurationResponse.NumberRange(game.mainMin(), game.mainMax()), game.mainDrawn(),
                lottery.patternLength(), lottery.patternRule(), game.ticketPrice(), lottery.currency(), Map.of(), total,
                PatternCatalog.countOf(game.mainMin(), game.mainMax(), game.mainDrawn()), List.of(), bonus, tiers,
                expectedValue, expectedValue.divide(game.ticketPrice(), MatchOdds.PRECISION), pariMutuel);
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
                            : Codes.of(prize.kind()),
                    odds.expectedValue(m)));
        }
        return all;
    }

    private static LotteryConfigurationResponse.Prize toPrize(Prize prize) {
        return new LotteryConfigurationResponse.Prize(prize.matches(), Codes.of(prize.kind()), prize.amount(),
                prize.description());
    }
}
