package org.lotteryengine.engine.format;

/**
 * How a prize is paid.
 */
public enum PrizeKind {

    /** A fixed amount. */
    FIXED("fixed"),
    /** A free ticket, valued at its price. */
    FREE_TICKET("free_ticket"),
    /** A share of a pool that depends on sales and the number of winners: no amount is known in advance. */
    PARI_MUTUEL("pari_mutuel");

    private final String wireName;

    PrizeKind(String wireName) {
        this.wireName = wireName;
    }

    /** The name used in the API and the database. */
    public String wireName() {
        return wireName;
    }

    /**
     * The kind with this API/database name.
     *
     * @throws InvalidFormatException for an unknown name
     */
    public static PrizeKind fromWireName(String name) {
        for (PrizeKind kind : values()) {
            if (kind.wireName.equals(name)) {
                return kind;
            }
        }
        throw new InvalidFormatException("prize type must be fixed, free_ticket or pari_mutuel, got '" + name + "'");
    }
}
