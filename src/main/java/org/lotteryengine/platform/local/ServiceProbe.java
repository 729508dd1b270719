package org.lotteryengine.platform.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Tells whether a configured PostgreSQL or Redis answers, quickly, so that dev mode and tests can fall back to
 * embedded ones.
 */
public final class ServiceProbe {

    private static final int TIMEOUT_SECONDS = 2;

    private ServiceProbe() {
    }

    /** Whether a service can be used, and if not, why, in words for the start-up log. */
    public record Probe(boolean usable, String why) {
    }

    /**
     * True when the database accepts a login with these credentials (a running server without the database or role
     * does not count).
     */
    public static boolean postgresAnswers(PostgresEndpoint endpoint) {
        return postgres(endpoint).usable();
    }

    /** Whether the database accepts a login, else what the driver said: no server, or a refused login. */
    public static Probe postgres(PostgresEndpoint endpoint) {
        Properties properties = new Properties();
        properties.setProperty("user", endpoint.username());
        properties.setProperty("password", endpoint.password());
        properties.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", Integer.toString(TIMEOUT_SECONDS));
        properties.setProperty("socketTimeout", Integer.toString(TIMEOUT_SECONDS));
        // The driver is used directly: DriverManager does not see drivers of Quarkus' class loaders.
        try (Connection connection = new org.postgresql.Driver().connect(endpoint.jdbcUrl(), properties)) {
            return connection != null && connection.isValid(TIMEOUT_SECONDS) ? new Probe(true, "it accepts the login")
                    : new Probe(false, "it did not answer within %d s".formatted(TIMEOUT_SECONDS));
        } catch (SQLException e) {
            // SQL state class 08 is a connection failure (no server); anything else came from a running server.
            boolean noServer = e.getSQLState() != null && e.getSQLState()
                    .startsWith("08");
            return new Probe(false, noServer ? "no server answers there"
                    : "a server answers but refused the login as %s: %s".formatted(endpoint.username(), e
                            .getMessage()));
        }
    }

    /**
     * True when a Redis server answers PING (or asks for a password, which still means it runs there).
     */
    public static boolean redisAnswers(RedisEndpoint endpoint) {
        return redis(endpoint).usable();
    }

    /** Whether a Redis server answers PING there, else why not. */
    public static Probe redis(RedisEndpoint endpoint) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(endpoint.host(), endpoint.port()), TIMEOUT_SECONDS * 1000);
            socket.setSoTimeout(TIMEOUT_SECONDS * 1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = new byte[64];
            int read = in.read(reply);
            String text = read > 0 ? new String(reply, 0, read, StandardCharsets.US_ASCII) : "";
            return text.startsWith("+PONG") || text.startsWith("-NOAUTH") ? new Probe(true, "it answers PING")
                    : new Probe(false, "it answered PING with '%s'".formatted(text.strip()));
        } catch (IOException e) {
            return new Probe(false, "no server answers there (%s)".formatted(e.getMessage()));
        }
    }
}
