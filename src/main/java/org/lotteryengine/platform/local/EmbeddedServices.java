package org.lotteryengine.platform.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;
import org.postgresql.Driver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import redis.embedded.RedisServer;

/**
 * Embedded PostgreSQL and Redis for dev mode and tests on a machine that has neither. They live as long as the JVM.
 * <p>
 * Their ports are kept in system properties, not only in static fields: dev mode reloads the application in new
 * class loaders, and Quarkus reads configuration more than once, and each of these must find the servers already
 * started rather than start new ones.
 */
public final class EmbeddedServices {

    private static final Logger LOG = Logger.getLogger(EmbeddedServices.class);
    private static final String POSTGRES_PORT = "lottery.local-services.embedded-postgres.port";
    private static final String REDIS_PORT = "lottery.local-services.embedded-redis.port";
    private static final String LOCALHOST = "127.0.0.1";
    private static final String SUPERUSER = "postgres";
    private static final String SUPERUSER_DB = "postgres";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Duration POSTGRES_START_WAIT = Duration.ofSeconds(60);

    private EmbeddedServices() {
    }

    /**
     * An embedded PostgreSQL with the given database created in it, started on first use.
     */
    public static synchronized PostgresEndpoint postgres(String database) {
        if (!DATABASE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        String knownPort = System.getProperty(POSTGRES_PORT);
        int port;
        if (knownPort != null && ServiceProbe.postgresAnswers(endpoint(Integer.parseInt(knownPort), SUPERUSER_DB))) {
            port = Integer.parseInt(knownPort);
        } else {
            port = startPostgres();
            System.setProperty(POSTGRES_PORT, Integer.toString(port));
        }
        createDatabaseIfMissing(port, database);
        return endpoint(port, database);
    }

    private static PostgresEndpoint endpoint(int port, String database) {
        return new PostgresEndpoint(LOCALHOST, port, database, SUPERUSER, "");
    }

    private static int startPostgres() {
        long start = System.nanoTime();
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(RootSafePostgresBinaries.forCurrentUser())
                    .setPGStartupWait(POSTGRES_START_WAIT)
                    .setServerConfig("max_connections", "200")
                    .start();
            LOG.infof("Started embedded PostgreSQL on port %d in %d ms", postgres.getPort(),
                    (System.nanoTime() - start) / 1_000_000);
            return postgres.getPort();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    private static void createDatabaseIfMissing(int port, String database) {
        PostgresEndpoint admin = endpoint(port, SUPERUSER_DB);
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        try (Connection connection = new Driver().connect(admin.jdbcUrl(), properties);
                PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
                Statement statement = connection.createStatement()) {
            exists.setString(1, database);
            boolean found;
            try (ResultSet rows = exists.executeQuery()) {
                found = rows.next();
            }
            if (!found) {
                // The name was checked against DATABASE_NAME above; CREATE DATABASE takes no parameters.
                statement.execute("CREATE DATABASE " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database + " in embedded PostgreSQL", e);
        }
    }

    /**
     * An embedded Redis on a free port, started on first use. It keeps nothing on disk.
     */
    public static synchronized RedisEndpoint redis() {
        String knownPort = System.getProperty(REDIS_PORT);
        if (knownPort != null) {
            RedisEndpoint known = new RedisEndpoint(LOCALHOST, Integer.parseInt(knownPort));
            if (ServiceProbe.redisAnswers(known)) {
                return known;
            }
        }
        try {
            int port = freePort();
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .bind(LOCALHOST)
                    .setting("save \"\"")
                    .setting("appendonly no")
                    .build();
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopQuietly(server), "embedded-redis-stop"));
            System.setProperty(REDIS_PORT, Integer.toString(port));
            LOG.infof("Started embedded Redis on port %d", port);
            return new RedisEndpoint(LOCALHOST, port);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded Redis", e);
        }
    }

    private static void stopQuietly(RedisServer server) {
        try {
            server.stop();
        } catch (IOException e) {
            LOG.debug("embedded Redis did not stop cleanly", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
