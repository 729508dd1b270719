package org.lotteryengine.generation.service;

import org.lotteryengine.engine.generation.GenerationRequest;

/**
 * A generation as a client asked for it (spec 3.1 and 2.1 UserRequest): the game it names, and the request in the
 * engine's terms, read but not yet checked against the game and the limits.
 *
 * @param lotteryType the game's name or id, as given; may be missing
 * @param targetTier the tier as given, e.g. {@code tier4}, or {@code tier4+1} for a game with bonus numbers
 * @param request tier (a bonus game's: its main matches), count and strategy read; budget, preferences and seed as
 *        given (each may be null)
 */
public record GenerateCommand(String lotteryType, String targetTier, GenerationRequest request) {
}
