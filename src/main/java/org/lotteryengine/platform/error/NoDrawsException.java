package org.lotteryengine.platform.error;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A backtest has no real draw to replay: the game has none stored, or none in the range asked for (4105).
 */
public final class NoDrawsException extends ServiceException {

    public NoDrawsException(String lotteryType, LocalDate from, LocalDate to) {
        super(ErrorCode.NO_DRAWS, ErrorCode.NO_DRAWS.httpStatus(), message(lotteryType, from, to), details(from, to));
    }

    private static String message(String lotteryType, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "No draws of %s are stored: import its history first (POST /api/v2/draws/{lotteryType})"
                    .formatted(shown(lotteryType));
        }
        return "No stored draw of %s is dated %s to %s".formatted(shown(lotteryType), from == null ? "the first"
                : from, to == null ? "the last" : to);
    }

    private static Map<String, Object> details(LocalDate from, LocalDate to) {
        Map<String, Object> details = new LinkedHashMap<>();
        if (from != null) {
            details.put("from", from.toString());
        }
        if (to != null) {
            details.put("to", to.toString());
        }
        return details;
    }
}
