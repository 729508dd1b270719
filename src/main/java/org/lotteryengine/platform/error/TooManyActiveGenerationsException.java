package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * The client already has as many generations queued or running as it may (lottery.clients.max-active-generations),
 * so that no client can fill the engine's queue alone.
 */
public final class TooManyActiveGenerationsException extends ServiceException implements RetryLater {

    /** A generation takes seconds; sooner, the client would most likely be refused again. */
    private static final int RETRY_AFTER_SECONDS = 5;

    public TooManyActiveGenerationsException(int allowed) {
        super(ErrorCode.RATE_LIMITED, ErrorCode.RATE_LIMITED.httpStatus(),
                "Too many generations at once: a client may have %d queued or running; retry when one ends"
                        .formatted(allowed),
                Map.of("limit", "active_generations", "allowed", allowed, "retryAfterSeconds",
                        RETRY_AFTER_SECONDS));
    }

    @Override
    public int retryAfterSeconds() {
        return RETRY_AFTER_SECONDS;
    }
}
