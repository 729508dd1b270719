package org.lotteryengine.evaluation.service;

import java.util.List;
import java.util.Optional;

import org.lotteryengine.engine.wheel.WheelRequirement;

/**
 * A wheel on a player's numbers: the abstract design mapped onto the pool, verified by enumeration, evaluated exactly.
 *
 * @param pool the pool, ascending
 * @param tickets the tickets, each ascending
 * @param waysMet of the C(v, x) ways for x drawn numbers to fall in the pool, those some ticket meets in t numbers
 * @param bestKnown the smallest published design for the requirement, if on file
 * @param fromLibrary whether the design was stored (else searched for this request)
 * @param searchMs search behind the design
 * @param evaluated the exact evaluation over every draw of the game
 */
public record Wheel(String lotteryType, List<Integer> pool, WheelRequirement requirement, List<int[]> tickets,
        long waysMet, Optional<BestKnownDesigns.Design> bestKnown, boolean fromLibrary, long searchMs,
        Evaluated evaluated) {

    public boolean guaranteeHolds() {
        return waysMet == requirement.subsets();
    }
}
