package org.lotteryengine.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

/**
 * Session rows written and read by SQL, for tests of what the service does with sessions it did not start.
 */
public final class SessionRows {

    private SessionRows() {
    }

    /**
     * An active 5/35 session last updated {@code secondsAgo} seconds ago, of this owner (null: none).
     *
     * @return its session id
     */
    public static String insertActive(DataSource dataSource, int secondsAgo, String owner) throws SQLException {
        String sessionId = UUID.randomUUID()
                .toString();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO user_sessions (session_id, lottery_config_id, target_tier, number_of_tickets,"
                                + " strategy, status, updated_at, owner) VALUES (?, '5-35', 'tier3', 10, 'balanced',"
                                + " 'active', now() - make_interval(secs => ?), ?)")) {
            insert.setString(1, sessionId);
            insert.setInt(2, secondsAgo);
            insert.setString(3, owner);
            insert.executeUpdate();
        }
        return sessionId;
    }

    /** The session's status column. */
    public static String status(DataSource dataSource, String sessionId) {
        return column(dataSource, sessionId, "status", String.class);
    }

    /** The session's row id. */
    public static UUID rowId(DataSource dataSource, String sessionId) {
        return column(dataSource, sessionId, "id", UUID.class);
    }

    /** How many sessions of this owner are stored, whatever their status. */
    public static int countOf(DataSource dataSource, String owner) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM user_sessions WHERE owner = ?")) {
            query.setString(1, owner);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T column(DataSource dataSource, String sessionId, String column, Class<T> type) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT " + column
                        + " FROM user_sessions WHERE session_id = ?")) {
            query.setString(1, sessionId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getObject(1, type);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
