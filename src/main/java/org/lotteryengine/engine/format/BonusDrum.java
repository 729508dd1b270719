package org.lotteryengine.engine.format;

/**
 * Where a bonus game's bonus numbers come from.
 */
public enum BonusDrum {

    /** A drum of its own: the ticket holds as many bonus numbers as are drawn (Powerball, EuroMillions). */
    SEPARATE,
    /** One more ball from the main drum after the main numbers; the ticket holds none of its own (UK Lotto). */
    SAME
}
