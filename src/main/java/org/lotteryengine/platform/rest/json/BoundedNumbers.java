package org.lotteryengine.platform.rest.json;

import java.io.IOException;
import java.math.BigDecimal;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Bounds every decimal number of a request body at parsing: at most {@value #MAX_PRECISION} significant digits and a
 * scale within &plusmn;{@value #MAX_SCALE}. A number such as {@code 1e999999999} takes 11 bytes to send but a billion
 * digits to print; refused here, no later message can echo it, and no later computation can spend time on it.
 * (Jackson's own {@code StreamReadConstraints} bound the text of a number, not its exponent.)
 */
@Singleton
public class BoundedNumbers implements ObjectMapperCustomizer {

    /** Significant digits of any decimal in a request: a budget of 99,999,999.99 has 10. */
    public static final int MAX_PRECISION = 30;
    /** Digits after the point (or, negative, zeros before it) of any decimal in a request. */
    public static final int MAX_SCALE = 30;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("bounded-numbers").addDeserializer(BigDecimal.class,
                new BoundedBigDecimalDeserializer()));
    }

    /** Whether a decimal is within the bounds every request number must keep. */
    public static boolean withinBounds(BigDecimal value) {
        return value.precision() <= MAX_PRECISION && Math.abs(value.scale()) <= MAX_SCALE;
    }

    /** The decimal as it may appear in a message: plain when short, scientific otherwise. */
    public static String shown(BigDecimal value) {
        return withinBounds(value) ? value.toPlainString() : value.toString();
    }

    private static final class BoundedBigDecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = super.deserialize(parser, context);
            if (value != null && !withinBounds(value)) {
                throw new NumberOutOfBoundsException(parser);
            }
            return value;
        }
    }
}
