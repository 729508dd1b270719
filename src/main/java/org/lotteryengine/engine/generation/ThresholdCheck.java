package org.lotteryengine.engine.generation;

/**
 * One threshold of the stopping criteria, checked against a ticket set.
 *
 * @param type {@code pattern_grouping} or {@code traditional}
 * @param name the spec's name, e.g. {@code hotPatternCoverage}
 * @param achieved the set's value
 * @param required the threshold
 * @param atMost true when the value must not exceed the threshold, false when it must reach it
 * @param baseRequired the threshold before spec 9.2's dynamic adjustment (equal to {@code required} without one)
 */
public record ThresholdCheck(String type, String name, double achieved, double required, boolean atMost,
        double baseRequired) {

    /** A threshold that no dynamic adjustment changed. */
    public ThresholdCheck(String type, String name, double achieved, double required, boolean atMost) {
        this(type, name, achieved, required, atMost, required);
    }

    public boolean met() {
        return atMost ? achieved <= required + 1e-12 : achieved >= required - 1e-12;
    }
}
