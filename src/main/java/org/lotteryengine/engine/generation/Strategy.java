package org.lotteryengine.engine.generation;

/**
 * The user's strategy (spec 2.1 UserRequest.strategy) and the exact objective it stands for (../shared/spec/NOTES.md).
 * Expected wins are the same for every set of distinct tickets; what a strategy changes is how wins are spread.
 */
public enum Strategy {

    /** Maximise P(at least one win at the target tier or better): spread the tickets' neighbourhoods (covering). */
    CONSERVATIVE,
    /** Maximise the mean of P(at least one win) and P(at least two wins) at the target tier or better. */
    BALANCED,
    /**
     * Maximise P(at least two wins at the target tier or better): concentrate the tickets on a pool of hot numbers (a
     * wheel), with the pool's verified guarantee.
     */
    AGGRESSIVE;

    /** What the strategy optimises, in words, for responses. */
    public String objective() {
        return switch (this) {
            case CONSERVATIVE -> "maximise P(at least one win at the target tier or better)";
            case BALANCED -> "maximise the mean of P(at least one win) and P(at least two wins) at the target tier or better";
            case AGGRESSIVE ->
                "maximise P(at least two wins at the target tier or better) with tickets on a pool of hot numbers";
        };
    }
}
