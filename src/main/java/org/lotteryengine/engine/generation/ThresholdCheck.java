package org.lotteryengine.engine.generation;

/**
 * One threshold of the stopping criteria, checked against a ticket set.
 *
 * @param type {@code pattern_grouping} or {@code traditional}
 * @param name the spec's name, e.g. {@code hotPatternCoverage}
 * @param achieved the set's value
 * @param required the threshold
 * @param atMost true when the value must not exceed the threshold, false when it must reach it
 */
public record ThresholdCheck(String type, String name, double achieved, double required, boolean atMost) {

    public boolean met() {
        return atMost ? achieved <= required + 1e-12 : achieved >= required - 1e-12;
    }
}
