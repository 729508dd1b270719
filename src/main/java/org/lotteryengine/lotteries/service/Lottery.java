package org.lotteryengine.lotteries.service;

import org.lotteryengine.engine.format.LotteryFormat;

/**
 * A configured game as the rest of the service sees it: immutable, with the engine's format already built, so that
 * no other feature reads the stored configuration's entity (or could change the copy every replica remembers).
 *
 * @param id path-safe id used in URLs, e.g. {@code tx-cash-five-5-35}
 * @param name display name, the spec's {@code lotteryType}, e.g. {@code 5/35}
 * @param patternRule how pattern strings are built; {@code tens-digit}
 * @param currency ISO 4217 code of the ticket price and prizes
 */
public record Lottery(String id, String name, String description, LotteryFormat format, String patternRule,
        int patternLength, String currency) {
}
