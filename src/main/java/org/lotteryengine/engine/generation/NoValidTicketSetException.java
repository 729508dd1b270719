package org.lotteryengine.engine.generation;

/**
 * No valid ticket set can be built for the request (e.g. too few distinct tickets under the quotas).
 */
public final class NoValidTicketSetException extends RuntimeException {

    public NoValidTicketSetException(String message) {
        super(message);
    }
}
