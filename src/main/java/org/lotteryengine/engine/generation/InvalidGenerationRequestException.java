package org.lotteryengine.engine.generation;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A generation request that cannot be served (spec 10.1 validation errors): the rule it broke, the field at fault, and
 * the figures that explain it. The engine names no wire key: the API layer writes the field's path and the details'
 * names.
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

    /** What a detail of the error is; an error's details are kept in this order. */
    public enum Detail {
        PROVIDED,
        MINIMUM,
        MAXIMUM,
        ALLOWED,
        COST,
        TICKET_PRICE,
        NUMBER_OF_TICKETS,
        AFFORDABLE_TICKETS
    }

    private final Kind kind;
    private final RequestField field;
    private final transient Map<Detail, Object> details;

    public InvalidGenerationRequestException(Kind kind, RequestField field, String message,
            Map<Detail, Object> details) {
        super(message);
        this.kind = kind;
        this.field = field;
        Map<Detail, Object> ordered = new EnumMap<>(Detail.class);
        ordered.putAll(details);
        this.details = Collections.unmodifiableMap(ordered);
    }

    public Kind kind() {
        return kind;
    }

    /** The field at fault. */
    public RequestField field() {
        return field;
    }

    /** The provided value, what is allowed, and for a budget what the tickets cost, in {@link Detail} order. */
    public Map<Detail, Object> details() {
        return details;
    }
}
