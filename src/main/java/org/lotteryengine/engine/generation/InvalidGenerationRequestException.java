package org.lotteryengine.engine.generation;

import java.util.Map;

/**
 * A generation request that cannot be served, with the field at fault (spec 10.1 validation errors).
 */
public final class InvalidGenerationRequestException extends IllegalArgumentException {

    /** Which rule the request broke (spec 10.1: 4001..4004). */
    public enum Kind {
        TIER,
        TICKET_COUNT,
        STRATEGY,
        BUDGET,
        PREFERENCES
    }

    private final Kind kind;
    private final transient Map<String, Object> details;

    public InvalidGenerationRequestException(Kind kind, String message, Map<String, Object> details) {
        super(message);
        this.kind = kind;
        this.details = Map.copyOf(details);
    }

    public Kind kind() {
        return kind;
    }

    /** Field, provided value, what is allowed. */
    public Map<String, Object> details() {
        return details;
    }
}
