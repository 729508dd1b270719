package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * The named lottery is neither the id nor the name of a configured game. The details point to the list of games
 * rather than holding it: an error body must not grow with the number of games.
 */
public final class UnknownLotteryTypeException extends ServiceException {

    /** Where a client finds the games that exist. */
    static final String GAMES = "/api/v2/lotteries";

    private UnknownLotteryTypeException(int httpStatus, String lotteryType) {
        super(ErrorCode.INVALID_LOTTERY_CONFIG, httpStatus, "Unknown lottery type '%s'".formatted(shown(lotteryType)),
                Map.of("field", "lotteryType", "provided", shown(lotteryType), "games", GAMES));
    }

    /** For a lottery named in the URL path: the resource does not exist (404). */
    public static UnknownLotteryTypeException inPath(String lotteryType) {
        return new UnknownLotteryTypeException(404, lotteryType);
    }

    /** For a lottery named in a request body: the request is invalid (400). */
    public static UnknownLotteryTypeException inBody(String lotteryType) {
        return new UnknownLotteryTypeException(400, lotteryType);
    }
}
