package org.lotteryengine.engine.evaluation;

/**
 * A ticket of a set that is not k distinct numbers of the game.
 */
public final class InvalidTicketException extends IllegalArgumentException {

    private final int ticketIndex;

    public InvalidTicketException(int ticketIndex, String reason) {
        super("ticket %d: %s".formatted(ticketIndex, reason));
        this.ticketIndex = ticketIndex;
    }

    /** Position of the ticket in the set, from 0. */
    public int ticketIndex() {
        return ticketIndex;
    }
}
