package org.lotteryengine.engine.history;

/**
 * The group of a pattern (spec 5.1). A ticket's group is always derived from its pattern.
 */
public enum PatternGroup {
    HOT,
    WARM,
    COLD,
    UNKNOWN;

    /** The group in a sentence: {@code hot}, {@code warm}, {@code cold} or {@code unknown}. */
    public String inWords() {
        return switch (this) {
            case HOT -> "hot";
            case WARM -> "warm";
            case COLD -> "cold";
            case UNKNOWN -> "unknown";
        };
    }
}
