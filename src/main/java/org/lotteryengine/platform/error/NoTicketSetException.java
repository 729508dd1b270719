package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * The session holds no ticket set to export: it is still running, or it ended without one.
 */
public final class NoTicketSetException extends ServiceException {

    public NoTicketSetException(String sessionId, String status) {
        super(ErrorCode.NO_TICKET_SET, ErrorCode.NO_TICKET_SET.httpStatus(),
                "Session %s holds no ticket set (it is %s)".formatted(sessionId, status), Map.of("sessionId",
                        sessionId, "sessionStatus", status));
    }
}
