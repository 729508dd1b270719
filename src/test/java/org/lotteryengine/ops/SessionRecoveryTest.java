package org.lotteryengine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lotteryengine.service.SessionControls;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.smallrye.mutiny.Uni;

/**
 * Sessions left active by a replica that died are marked interrupted; a session whose replica is alive is not.
 */
@QuarkusTest
class SessionRecoveryTest {

    @Inject
    DataSource dataSource;

    @Inject
    SessionRecovery recovery;

    @Inject
    SessionControls controls;

    private String insertActive(int secondsAgo) throws SQLException {
        String sessionId = UUID.randomUUID()
                .toString();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO user_sessions (session_id, lottery_config_id, target_tier, number_of_tickets,"
                                + " strategy, status, updated_at) VALUES (?, '5-35', 'tier3', 10, 'balanced', 'active',"
                                + " now() - make_interval(secs => ?))")) {
            insert.setString(1, sessionId);
            insert.setInt(2, secondsAgo);
            insert.executeUpdate();
        }
        return sessionId;
    }

    private String status(String sessionId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT status FROM user_sessions WHERE session_id = ?")) {
            query.setString(1, sessionId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @RunOnVertxContext
    void orphanedSessionsAreInterruptedAndLiveOnesKept(UniAsserter asserter) throws SQLException {
        String orphan = insertActive(60);
        String alive = insertActive(60);
        String young = insertActive(0);
        controls.heartbeat(alive);
        // The heartbeat is written asynchronously: give it a moment before sweeping.
        asserter.execute(() -> Uni.createFrom()
                .voidItem()
                .onItem()
                .delayIt()
                .by(Duration.ofMillis(300)));
        asserter.assertThat(() -> recovery.sweep(), count -> assertThat(count).isGreaterThanOrEqualTo(1));
        asserter.execute(() -> {
            assertThat(status(orphan)).isEqualTo("interrupted");
            assertThat(status(alive)).isEqualTo("active");
            assertThat(status(young)).isEqualTo("active");
        });
    }
}
