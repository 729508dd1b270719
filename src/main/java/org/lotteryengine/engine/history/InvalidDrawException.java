package org.lotteryengine.engine.history;

/**
 * A draw that the game cannot have produced; the message is the reason, as an import lists it beside the row.
 */
public final class InvalidDrawException extends IllegalArgumentException {

    public InvalidDrawException(String reason) {
        super(reason);
    }
}
