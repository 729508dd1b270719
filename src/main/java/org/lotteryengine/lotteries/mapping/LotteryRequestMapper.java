package org.lotteryengine.lotteries.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        return new Lottery(request.id(), request.name(), request.description(), format, PATTERN_RULE,
                format.drawSize(), request.currency() == null ? DEFAULT_CURRENCY : request.currency());
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
