package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * A caller insisted on groups from observed draws, but too few are stored (spec 10.1, 4104).
 */
public final class InsufficientPatternDataException extends ServiceException {

    public InsufficientPatternDataException(String lotteryType, long stored, int needed) {
        super(ErrorCode.INSUFFICIENT_PATTERN_DATA, ErrorCode.INSUFFICIENT_PATTERN_DATA.httpStatus(),
                "Only %d draws of %s are stored; grouping by observation needs %d".formatted(stored, shown(lotteryType),
                        needed),
                Map.of("storedDraws", stored, "requiredDraws", needed));
    }
}
