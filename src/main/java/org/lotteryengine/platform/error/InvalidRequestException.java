package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * A well-formed request that asks for something the service cannot do: 400 with the reason.
 */
public final class InvalidRequestException extends ServiceException {

    public InvalidRequestException(ErrorCode code, String message, Map<String, Object> details) {
        super(code, 400, message, details);
    }
}
