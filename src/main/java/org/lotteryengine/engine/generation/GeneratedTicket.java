package org.lotteryengine.engine.generation;

import org.lotteryengine.engine.history.PatternGroup;

/**
 * A ticket of a generated set.
 *
 * @param mask its numbers, as a mask of the format
 * @param pattern its pattern
 * @param group its pattern's group, derived from the pattern
 * @param strategy how it was built
 * @param anchor the numbers its strategy placed (a pair, a triplet, a consecutive run), which improvement moves keep,
 *        so that the strategy stays true of the ticket
 */
public record GeneratedTicket(long mask, String pattern, PatternGroup group, TicketStrategy strategy, long anchor) {

    /** The same ticket with other numbers and their pattern, of the same group, with the same anchor. */
    GeneratedTicket withMask(long newMask, String newPattern) {
        return new GeneratedTicket(newMask, newPattern, group, strategy, anchor);
    }
}
