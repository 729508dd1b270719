package org.lotteryengine.platform.error;

import java.time.Duration;
import java.util.Map;

/**
 * Engine work stopped at its time limit (504). With the cost limit checked first this is rare: it means the replica
 * is slower than usual, and a retry, or fewer tickets, may pass.
 */
public final class WorkTimedOutException extends ServiceException {

    public WorkTimedOutException(String work, Duration limit) {
        super(ErrorCode.GENERATION_TIMEOUT, ErrorCode.GENERATION_TIMEOUT.httpStatus(),
                "%s did not finish within its time limit of %d ms; retry, or send fewer tickets".formatted(work, limit
                        .toMillis()),
                Map.of("timeLimitMs", limit.toMillis()));
    }
}
