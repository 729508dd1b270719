package org.lotteryengine.engine.history;

/**
 * The group of a pattern (spec 5.1). A ticket's group is always derived from its pattern.
 */
public enum PatternGroup {
    HOT("hot"),
    WARM("warm"),
    COLD("cold"),
    UNKNOWN("unknown");

    private final String wireName;

    PatternGroup(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
