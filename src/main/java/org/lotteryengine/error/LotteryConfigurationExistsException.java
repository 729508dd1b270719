package org.lotteryengine.error;

import java.util.Map;

/**
 * A new game would reuse the id or name of an existing one.
 */
public final class LotteryConfigurationExistsException extends ServiceException {

    public LotteryConfigurationExistsException(String field, String value) {
        super(ErrorCode.LOTTERY_CONFIG_EXISTS, ErrorCode.LOTTERY_CONFIG_EXISTS.httpStatus(),
                "A lottery with %s '%s' already exists".formatted(field, shown(value)),
                Map.of("field", field, "provided", shown(value)));
    }
}
