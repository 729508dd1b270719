package org.lotteryengine.platform.repository;

/**
 * Column definitions of PostgreSQL array columns. Flyway creates the schema; Hibernate only validates it, and
 * Hibernate Reactive reads column types from the reactive driver, which names {@code integer[]} and {@code text[]}
 * only by their internal names {@code _int4} and {@code _text}. Declaring those names lets the validation compare like
 * with like; they are never used to create a table.
 */
public final class PostgresArrays {

    public static final String INTEGER_ARRAY = "_int4";
    public static final String TEXT_ARRAY = "_text";

    private PostgresArrays() {
    }
}
