package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * The client already holds as many status streams as it may (lottery.sessions.max-streams-per-client).
 */
public final class TooManyStreamsException extends ServiceException implements RetryLater {

    /** Streams end with their generation, within seconds to minutes. */
    private static final int RETRY_AFTER_SECONDS = 10;

    public TooManyStreamsException(int allowed) {
        super(ErrorCode.RATE_LIMITED, ErrorCode.RATE_LIMITED.httpStatus(),
                "Too many status streams: a client may hold %d open at once; close one first".formatted(allowed),
                Map.of("limit", "status_streams", "allowed", allowed, "retryAfterSeconds", RETRY_AFTER_SECONDS));
    }

    @Override
    public int retryAfterSeconds() {
        return RETRY_AFTER_SECONDS;
    }
}
