package org.lotteryengine.engine.format;

/**
 * How a prize is paid.
 */
public enum PrizeKind {

    /** A fixed amount. */
    FIXED,
    /** A free ticket, valued at its price. */
    FREE_TICKET,
    /** A share of a pool that depends on sales and the number of winners: no amount is known in advance. */
    PARI_MUTUEL;

    /** The kind in a sentence: {@code fixed}, {@code free-ticket} or {@code pari-mutuel}. */
    public String inWords() {
        return switch (this) {
            case FIXED -> "fixed";
            case FREE_TICKET -> "free-ticket";
            case PARI_MUTUEL -> "pari-mutuel";
        };
    }
}
