package org.lotteryengine.engine.generation;

/**
 * Adjustments a caller under load applies (spec 10.2-10.3).
 *
 * @param attemptMultiplier multiplies the maximum number of attempts (1.0: none)
 * @param timeMultiplier multiplies the time limit (1.0: none)
 * @param qualityRelaxation multiplies the quality thresholds (1.0: none)
 * @param ticketCap the most tickets to generate, or 0 for no cap
 * @param level the degradation level's name, reported in the result
 */
public record Degradation(double attemptMultiplier, double timeMultiplier, double qualityRelaxation, int ticketCap,
        String level) {

    public Degradation {
        if (!(attemptMultiplier > 0 && timeMultiplier > 0 && qualityRelaxation > 0) || ticketCap < 0) {
            throw new IllegalArgumentException("multipliers must be positive and the cap not negative");
        }
    }

    /** No degradation. */
    public static Degradation none() {
        return new Degradation(1.0, 1.0, 1.0, 0, "normal");
    }
}
