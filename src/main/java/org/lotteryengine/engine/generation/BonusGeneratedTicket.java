package org.lotteryengine.engine.generation;

import org.lotteryengine.engine.evaluation.BonusTicket;
import org.lotteryengine.engine.history.PatternGroup;

/**
 * A ticket of a generated bonus game set: its numbers, and the pattern of its main numbers with that pattern's group.
 */
public record BonusGeneratedTicket(BonusTicket ticket, String pattern, PatternGroup group) {
}
