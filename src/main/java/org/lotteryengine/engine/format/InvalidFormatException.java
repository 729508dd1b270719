package org.lotteryengine.engine.format;

/**
 * A game format, prize or ticket that cannot exist, with a message that says why in words a client can act on.
 */
public final class InvalidFormatException extends IllegalArgumentException {

    public InvalidFormatException(String message) {
        super(message);
    }
}
