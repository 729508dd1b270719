package org.lotteryengine.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Counts rows straight from PostgreSQL, so that tests check what was stored rather than what the API says.
 */
public final class SqlCounts {

    private SqlCounts() {
    }

    /** The single number a {@code SELECT count(*) ... WHERE ... = ?} query returns for the session id. */
    public static long count(Connection connection, String sql, String sessionId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, sessionId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    public static long count(DataSource dataSource, String sql, String sessionId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return count(connection, sql, sessionId);
        }
    }
}
