package org.lotteryengine.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.lotteryengine.generation.ops.SessionRecovery;
import org.lotteryengine.generation.repository.SessionResultRepository;
import org.lotteryengine.generation.service.SessionControls;
import org.lotteryengine.support.SessionRows;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Heartbeats belong to the replica, not to the generation's progress. Once, a second replica marked a queued session
 * interrupted after about 10 s, because its heartbeat was renewed only between attempts; two minutes later the
 * session turned completed. Here the heartbeat lives one second.
 */
@QuarkusTest
@TestProfile(HeartbeatTest.ShortHeartbeat.class)
class HeartbeatTest {

    public static class ShortHeartbeat implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lottery.sessions.heartbeat-ttl", "PT1S");
        }
    }

    @Inject
    DataSource dataSource;

    @Inject
    SessionRecovery recovery;

    @Inject
    SessionControls controls;

    @Inject
    SessionResultRepository results;

    @Inject
    RedisDataSource redis;

    @Test
    void aSessionWithoutAnyProgressKeepsItsHeartbeatForAsLongAsTheReplicaHoldsIt() throws Throwable {
        String queued = SessionRows.insertActive(dataSource, 60, null);
        controls.register(queued);
        String key = "lottery:session:" + queued + ":alive";
        // Watched for four lifetimes of the heartbeat, without one report of progress: it never lapses.
        Awaitility.await()
                .during(Duration.ofSeconds(4))
                .atMost(Duration.ofSeconds(6))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> redis.key()
                        .exists(key));
        VertxContextSupport.subscribeAndAwait(recovery::sweep);
        assertThat(SessionRows.status(dataSource, queued)).isEqualTo("active");

        // Once the replica lets it go, the heartbeat lapses and the next sweep interrupts the session.
        controls.finished(queued);
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .until(() -> !redis.key()
                        .exists(key));
        VertxContextSupport.subscribeAndAwait(recovery::sweep);
        assertThat(SessionRows.status(dataSource, queued)).isEqualTo("interrupted");
    }

    @Test
    void interruptedIsFinalALateResultIsRefused() throws SQLException {
        String sessionId = SessionRows.insertActive(dataSource, 60, null);
        UUID row = SessionRows.rowId(dataSource, sessionId);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE user_sessions SET status = 'interrupted' WHERE id = ?")) {
            update.setObject(1, row);
            update.executeUpdate();
        }
        Boolean stored = results.finish(row, "completed", null)
                .await()
                .indefinitely();
        assertThat(stored).isFalse();
        assertThat(SessionRows.status(dataSource, sessionId)).isEqualTo("interrupted");
    }
}
