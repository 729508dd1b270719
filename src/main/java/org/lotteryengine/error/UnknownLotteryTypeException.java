package org.lotteryengine.error;

import java.util.List;
import java.util.Map;

/**
 * The named lottery is neither the id nor the name of a configured game.
 */
public final class UnknownLotteryTypeException extends ServiceException {

    private UnknownLotteryTypeException(int httpStatus, String lotteryType, List<String> known) {
        super(ErrorCode.INVALID_LOTTERY_CONFIG, httpStatus, "Unknown lottery type '%s'".formatted(shown(lotteryType)),
                Map.of("field", "lotteryType", "provided", shown(lotteryType), "allowed", known));
    }

    /** For a lottery named in the URL path: the resource does not exist (404). */
    public static UnknownLotteryTypeException inPath(String lotteryType, List<String> known) {
        return new UnknownLotteryTypeException(404, lotteryType, known);
    }

    /** For a lottery named in a request body: the request is invalid (400). */
    public static UnknownLotteryTypeException inBody(String lotteryType, List<String> known) {
        return new UnknownLotteryTypeException(400, lotteryType, known);
    }
}
