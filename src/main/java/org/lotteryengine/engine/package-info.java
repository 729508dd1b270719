/**
 * The lottery engine: pure Java, with no Quarkus, Mutiny or Jakarta imports. Every probability the service shows is
 * computed here, exactly, from the format of the game.
 * <ul>
 * <li>{@code combinatorics}: binomial coefficients and k-subsets of at most 64 numbers as bit masks, ranked in
 * colexicographic order;</li>
 * <li>{@code format}: a k-of-n game with its ticket price and prizes, and the exact odds of each match count;</li>
 * <li>{@code pattern}: pattern strings (spec 5.1) and the exact size of each pattern's class;</li>
 * <li>{@code evaluation}: exact evaluation of a ticket set over every possible draw.</li>
 * </ul>
 */
package org.lotteryengine.engine;
