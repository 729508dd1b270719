package org.lotteryengine.platform.local;

import java.net.URI;

/**
 * Where a PostgreSQL database answers, and who logs in.
 */
public record PostgresEndpoint(String host, int port, String database, String username, String password) {

    private static final int DEFAULT_PORT = 5432;

    /**
     * Reads host, port and database from a JDBC URL such as {@code jdbc:postgresql://127.0.0.1:5432/lottery}.
     */
    public static PostgresEndpoint fromJdbcUrl(String jdbcUrl, String username, String password) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        String path = uri.getPath() == null ? "" : uri.getPath();
        String database = path.startsWith("/") ? path.substring(1) : path;
        return new PostgresEndpoint(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(), database,
                username == null ? "" : username, password == null ? "" : password);
    }

    /** The URL Flyway uses. */
    public String jdbcUrl() {
        return "jdbc:postgresql://%s:%d/%s".formatted(host, port, database);
    }

    /** The URL of the reactive client: the same, without the {@code jdbc:} prefix. */
    public String reactiveUrl() {
        return "postgresql://%s:%d/%s".formatted(host, port, database);
    }
}
