package org.lotteryengine.platform.rest.json;

import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/**
 * A request number beyond {@link BoundedNumbers}' bounds. Its message never holds the number itself.
 */
public final class NumberOutOfBoundsException extends InvalidFormatException {

    private static final long serialVersionUID = 1L;

    NumberOutOfBoundsException(JsonParser parser) {
        super(parser, "number outside the accepted precision and scale", null, BigDecimal.class);
    }
}
