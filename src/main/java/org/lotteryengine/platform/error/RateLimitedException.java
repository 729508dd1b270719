package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * The client used up one of its limits (spec 14.2); it may try again when the window ends.
 */
public final class RateLimitedException extends ServiceException implements RetryLater {

    private final int retryAfterSeconds;

    public RateLimitedException(String limit, int allowed, long windowSeconds, int retryAfterSeconds) {
        super(ErrorCode.RATE_LIMITED, ErrorCode.RATE_LIMITED.httpStatus(),
                "Too many requests: %s allows %d per %d s; retry after %d s".formatted(limit, allowed, windowSeconds,
                        retryAfterSeconds),
                Map.of("limit", limit, "allowed", allowed, "windowSeconds", windowSeconds, "retryAfterSeconds",
                        retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
