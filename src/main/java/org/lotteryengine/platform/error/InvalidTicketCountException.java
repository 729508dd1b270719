package org.lotteryengine.platform.error;

import java.util.Map;

/**
 * Too many or too few tickets (spec 3.1: "Number of tickets must be between 1 and 500").
 */
public final class InvalidTicketCountException extends ServiceException {

    public InvalidTicketCountException(int provided, int max) {
        super(ErrorCode.INVALID_TICKET_COUNT, 400, "Number of tickets must be between 1 and " + max,
                Map.of("field", "numberOfTickets", "provided", provided, "allowed", Map.of("min", 1, "max", max)));
    }
}
