package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * The session has ended: it can no longer be cancelled or given more time.
 */
public final class SessionNotActiveException extends ServiceException {

    public SessionNotActiveException(String sessionId, String status) {
        super(ErrorCode.SESSION_NOT_ACTIVE, ErrorCode.SESSION_NOT_ACTIVE.httpStatus(),
                "Session %s is %s, not active".formatted(sessionId, status), Map.of("sessionId", sessionId,
                        "sessionStatus", status));
    }
}
