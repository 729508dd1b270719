package org.lotteryengine.lotteries.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lotteryengine.engine.format.BonusDrum;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.BonusTier;
import org.lotteryengine.engine.format.InvalidFormatException;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.Prize;
import org.lotteryengine.engine.format.PrizeKind;
import org.lotteryengine.lotteries.rest.dto.CreateLotteryRequest;
import org.lotteryengine.lotteries.service.Lottery;
import org.lotteryengine.platform.codes.Codes;

/**
 * Turns a request for a new game into a {@link Lottery}, after the engine has accepted the format.
 */
public final class LotteryRequestMapper {

    private static final String PATTERN_RULE = "tens-digit";
    private static final String DEFAULT_CURRENCY = "USD";

    private LotteryRequestMapper() {
    }

    /**
     * @throws org.lotteryengine.engine.format.InvalidFormatException when the game cannot exist
     */
    public static Lottery toLottery(CreateLotteryRequest request) {
        String currency = request.currency() == null ? DEFAULT_CURRENCY : request.currency();
        if (request.bonus() != null) {
            BonusGame game = bonusGame(request);
            return Lottery.withBonus(request.id(), request.name(), request.description(), game, PATTERN_RULE, game
                    .mainDrawn(), currency);
        }
        if (request.bonusTiers() != null) {
            throw new InvalidFormatException(
                    "bonusTiers are the prizes of a game with bonus numbers: give its bonus, or use prizeStructure");
        }
        List<Prize> prizes = new ArrayList<>();
        Map<String, CreateLotteryRequest.PrizeRequest> structure = request.prizeStructure() == null ? Map.of()
                : request.prizeStructure();
        for (Map.Entry<String, CreateLotteryRequest.PrizeRequest> entry : structure.entrySet()) {
            CreateLotteryRequest.PrizeRequest prize = entry.getValue();
            prizes.add(new Prize(LotteryFormat.matchesOfTier(entry.getKey()), prizeKind(prize.prizeType()),
                    prize.prize(), prize.description()));
        }
        LotteryFormat format = LotteryFormat.of(request.numberRange()
                .min(),
                request.numberRange()
                        .max(),
                request.drawSize(), request.ticketPrice(), prizes);
        return Lottery.kOfN(request.id(), request.name(), request.description(), format, PATTERN_RULE, format
                .drawSize(), currency);
    }

    private static BonusGame bonusGame(CreateLotteryRequest request) {
        CreateLotteryRequest.BonusRequest bonus = request.bonus();
        if (request.prizeStructure() != null) {
            throw new InvalidFormatException("a game with bonus numbers lists its prizes in bonusTiers, best first,"
                    + " each for (mainMatches, bonusMatches); prizeStructure is for k-of-n games");
        }
        BonusDrum drum = Codes.find(BonusDrum.class, bonus.drum())
                .orElseThrow(() -> new InvalidFormatException("bonus.drum must be separate or same, got '%s'"
                        .formatted(bonus.drum())));
        int drawn = bonus.drawSize() == null ? 1 : bonus.drawSize();
        int bonusMin = 0;
        int bonusMax = 0;
        if (drum == BonusDrum.SEPARATE) {
            if (bonus.numberRange() == null) {
                throw new InvalidFormatException("a separate bonus drum needs bonus.numberRange, e.g. {\"min\":1,"
                        + "\"max\":26}");
            }
            bonusMin = bonus.numberRange()
                    .min();
            bonusMax = bonus.numberRange()
                    .max();
        } else if (bonus.numberRange() != null) {
            throw new InvalidFormatException("a bonus ball from the main drum takes the main numbers: leave"
                    + " bonus.numberRange out");
        }
        if (request.bonusTiers() == null || request.bonusTiers()
                .isEmpty()) {
            throw new InvalidFormatException("a game with bonus numbers needs bonusTiers, best first");
        }
        List<BonusTier> tiers = new ArrayList<>();
        for (CreateLotteryRequest.BonusTierRequest tier : request.bonusTiers()) {
            tiers.add(new BonusTier(tier.mainMatches(), tier.bonusMatches(), prizeKind(tier.prizeType()), tier
                    .prize(), tier.description()));
        }
        return BonusGame.of(request.numberRange()
                .min(),
                request.numberRange()
                        .max(),
                request.drawSize(), drum, bonusMin, bonusMax, drawn, request.ticketPrice(), tiers);
    }

    /**
     * @throws InvalidFormatException for a type the API does not know
     */
    private static PrizeKind prizeKind(String name) {
        return Codes.find(PrizeKind.class, name)
                .orElseThrow(() -> new InvalidFormatException(
                        "prize type must be fixed, free_ticket or pari_mutuel, got '" + name + "'"));
    }
}
