package org.lotteryengine.engine.pattern;

/**
 * A pattern and its class: the combinations of the game that have this pattern.
 *
 * @param pattern the pattern string, e.g. {@code 01223}
 * @param size how many of the C(n, k) combinations have it
 * @param share size / C(n, k): the exact probability that a fair draw has this pattern
 */
public record PatternClass(String pattern, long size, double share) {
}
