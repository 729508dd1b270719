package org.lotteryengine.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.Prize;
import org.lotteryengine.engine.format.PrizeKind;
import org.lotteryengine.repository.entity.LotteryConfigurationEntity;
import org.lotteryengine.repository.entity.PrizeTierEmbeddable;
import org.lotteryengine.rest.dto.CreateLotteryRequest;

/**
 * Turns a request for a new game into an entity, after the engine has accepted the format.
 */
public final class LotteryRequestMapper {

    private static final String PATTERN_RULE = "tens-digit";
    private static final String DEFAULT_CURRENCY = "USD";

    private LotteryRequestMapper() {
    }

    /**
     * @throws org.lotteryengine.engine.format.InvalidFormatException when the game cannot exist
     */
    public static LotteryConfigurationEntity toEntity(CreateLotteryRequest request) {
        List<Prize> prizes = new ArrayList<>();
        Map<String, CreateLotteryRequest.PrizeRequest> structure = request.prizeStructure() == null ? Map.of()
                : request.prizeStructure();
        for (Map.Entry<String, CreateLotteryRequest.PrizeRequest> entry : structure.entrySet()) {
            CreateLotteryRequest.PrizeRequest prize = entry.getValue();
            prizes.add(new Prize(LotteryFormat.matchesOfTier(entry.getKey()), PrizeKind.fromWireName(prize.prizeType()),
                    prize.prize(), prize.description()));
        }
        LotteryFormat format = LotteryFormat.of(request.numberRange()
                .min(),
                request.numberRange()
                        .max(),
                request.drawSize(), request.ticketPrice(), prizes);

        LotteryConfigurationEntity entity = new LotteryConfigurationEntity();
        entity.id = request.id();
        entity.name = request.name();
        entity.description = request.description();
        entity.numberMin = format.numberMin();
        entity.numberMax = format.numberMax();
        entity.drawSize = format.drawSize();
        entity.patternLength = format.drawSize();
        entity.patternRule = PATTERN_RULE;
        entity.ticketPrice = format.ticketPrice();
        entity.currency = request.currency() == null ? DEFAULT_CURRENCY : request.currency();
        for (Prize prize : format.prizes()) {
            PrizeTierEmbeddable tier = new PrizeTierEmbeddable();
            tier.matchCount = prize.matches();
            tier.prizeType = prize.kind()
                    .wireName();
            tier.prizeAmount = prize.amount();
            tier.description = prize.description();
            entity.prizeTiers.add(tier);
        }
        return entity;
    }
}
