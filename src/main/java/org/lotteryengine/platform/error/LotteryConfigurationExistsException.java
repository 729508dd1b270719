package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * A new game would reuse the id or name of an existing one, or take a name that could be mistaken for one.
 */
public final class LotteryConfigurationExistsException extends ServiceException {

    public LotteryConfigurationExistsException(String field, String value) {
        this("A lottery with %s '%s' already exists".formatted(field, shown(value)), Map.of("field", field,
                "provided", shown(value)));
    }

    private LotteryConfigurationExistsException(String message, Map<String, Object> details) {
        super(ErrorCode.LOTTERY_CONFIG_EXISTS, ErrorCode.LOTTERY_CONFIG_EXISTS.httpStatus(), message, details);
    }

    /** The name differs from an existing one only in characters that look alike. */
    public static LotteryConfigurationExistsException confusable(String name, String existing) {
        return new LotteryConfigurationExistsException("The name '%s' could be mistaken for the existing lottery '%s'"
                .formatted(shown(name), shown(existing)),
                Map.of("field", "name", "provided", shown(name), "confusableWith", existing));
    }
}
