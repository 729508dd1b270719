package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * No session has this id, or it was deleted.
 */
public final class SessionNotFoundException extends ServiceException {

    public SessionNotFoundException(String sessionId) {
        super(ErrorCode.SESSION_NOT_FOUND, ErrorCode.SESSION_NOT_FOUND.httpStatus(),
                "No session with id " + shown(sessionId), Map.of("sessionId", shown(sessionId)));
    }
}
