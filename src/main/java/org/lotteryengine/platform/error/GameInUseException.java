package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * A game cannot be deleted while generations run on it, nor, unless forced, while sessions refer to it.
 */
public final class GameInUseException extends ServiceException {

    private GameInUseException(String message, Map<String, Object> details) {
        super(ErrorCode.GAME_IN_USE, ErrorCode.GAME_IN_USE.httpStatus(), message, details);
    }

    public static GameInUseException running(String lotteryId, long active) {
        return new GameInUseException("%s has %d generations queued or running; delete it once they end".formatted(
                lotteryId, active), Map.of("lotteryId", lotteryId, "activeSessions", active));
    }

    public static GameInUseException sessions(String lotteryId, long sessions) {
        return new GameInUseException(
                "%s has %d stored sessions; ?force=true deletes them with the game".formatted(lotteryId, sessions), Map
                        .of("lotteryId", lotteryId, "sessions", sessions));
    }
}
