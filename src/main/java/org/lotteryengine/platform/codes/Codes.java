package org.lotteryengine.platform.codes;

import java.util.Locale;
import java.util.Optional;

/**
 * The names the API, the database and the configuration give the engine's constants (strategies, ticket strategies,
 * pattern groups, prize kinds, statuses, stopping reasons): the constant's name in lower case, e.g. {@code hot_pair}.
 * The engine knows none of these names; this is the one place their rule lives, so that a name stored in a row, a
 * cached document or a configuration key is the one the API shows.
 */
public final class Codes {

    private Codes() {
    }

    public static String of(Enum<?> constant) {
        return constant.name()
                .toLowerCase(Locale.ROOT);
    }

    /** As {@link #of(Enum)}, and null for null (a stopping reason, say, where there is none). */
    public static String ofNullable(Enum<?> constant) {
        return constant == null ? null : of(constant);
    }

    /** The constant of {@code type} with this name, exactly (no other case is accepted); empty when none has it. */
    public static <E extends Enum<E>> Optional<E> find(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (of(constant).equals(name)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    /**
     * The constant of {@code type} with this name, for names the service wrote itself or read from its configuration.
     *
     * @throws IllegalArgumentException when no constant has it
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return find(type, name).orElseThrow(() -> new IllegalArgumentException("no %s is named '%s'".formatted(type
                .getSimpleName(), name)));
    }
}
