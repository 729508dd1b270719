package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * The engine's pool and queue are full: the client should retry after {@link #retryAfterSeconds()}.
 */
public final class EngineBusyException extends ServiceException implements RetryLater {

    private final int retryAfterSeconds;

    public EngineBusyException(int running, int queued, int retryAfterSeconds) {
        super(ErrorCode.RESOURCE_EXHAUSTION, ErrorCode.RESOURCE_EXHAUSTION.httpStatus(),
                "The engine is at capacity; retry after %d s".formatted(retryAfterSeconds),
                Map.of("running", running, "queued", queued, "retryAfterSeconds", retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
