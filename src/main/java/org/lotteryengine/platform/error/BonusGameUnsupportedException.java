package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * The game draws bonus numbers, and the feature asked for is built for k-of-n games only so far: it refuses the game
 * rather than showing figures that ignore its bonus numbers.
 */
public final class BonusGameUnsupportedException extends ServiceException {

    public BonusGameUnsupportedException(String lotteryId) {
        super(ErrorCode.UNSUPPORTED_FOR_BONUS_GAME, ErrorCode.UNSUPPORTED_FOR_BONUS_GAME.httpStatus(),
                ("%s draws bonus numbers; this feature works on k-of-n games only so far. Its odds and prizes are"
                        + " at GET /api/v2/lotteries/%s").formatted(lotteryId, lotteryId),
                Map.of("lotteryId", lotteryId));
    }
}
