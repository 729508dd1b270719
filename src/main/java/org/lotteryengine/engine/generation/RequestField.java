package org.lotteryengine.engine.generation;

/**
 * The parts of a {@link GenerationRequest} a validation error or a suggestion can name. How a client spells them
 * (their JSON paths) is the API's business: the engine asks its {@link Names}.
 */
public enum RequestField {
    TARGET_TIER,
    NUMBER_OF_TICKETS,
    STRATEGY,
    BUDGET,
    MAX_GENERATION_TIME,
    QUALITY_THRESHOLD,
    ALLOW_COLD_PATTERNS;

    /** How the caller names each field in the messages and details the engine writes. */
    @FunctionalInterface
    public interface Names {

        String of(RequestField field);
    }
}
