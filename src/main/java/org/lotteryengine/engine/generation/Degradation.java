package org.lotteryengine.engine.generation;

/**
 * Adjustments a caller under load applies (spec 10.2-10.3).
 *
 * @param attemptMultiplier multiplies the maximum number of attempts (1.0: none)
 * @param timeMultiplier multiplies the time limit (1.0: none)
 * @param qualityRelaxation multiplies the quality thresholds (1.0: none)
 * @param ticketCap the most tickets to generate, or 0 for no cap
 * @param level the degradation level's name, reported in the result
 * @param thresholdFactor multiplies the minimum thresholds (spec 9.2 dynamic adjustment; 1.0: none)
 */
public record Degradation(double attemptMultiplier, double timeMultiplier, double qualityRelaxation, int ticketCap,
        String level, double thresholdFactor) {

    public Degradation {
        if (!(attemptMultiplier > 0 && timeMultiplier > 0 && qualityRelaxation > 0) || ticketCap < 0) {
            throw new IllegalArgumentException("multipliers must be positive and the cap not negative");
        }
        if (!(thresholdFactor > 0 && thresholdFactor <= 1)) {
            throw new IllegalArgumentException("the threshold factor must be in (0, 1]");
        }
    }

    /** A degradation level with no dynamic threshold adjustment. */
    public Degradation(double attemptMultiplier, double timeMultiplier, double qualityRelaxation, int ticketCap,
            String level) {
        this(attemptMultiplier, timeMultiplier, qualityRelaxation, ticketCap, level, 1.0);
    }

    /**
     * The same, with the minimum thresholds multiplied by {@code factor} (spec 9.2's dynamic adjustment from the
     * measured success rate; 1.0: none).
     */
    public Degradation withThresholdFactor(double factor) {
        return new Degradation(attemptMultiplier, timeMultiplier, qualityRelaxation, ticketCap, level, factor);
    }

    /** No degradation. */
    public static Degradation none() {
        return new Degradation(1.0, 1.0, 1.0, 0, "normal");
    }
}
