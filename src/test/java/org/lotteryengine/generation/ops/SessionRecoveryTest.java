package org.lotteryengine.generation.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lotteryengine.generation.service.SessionControls;
import org.lotteryengine.support.SessionRows;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

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

    @Inject
    RedisDataSource redis;

    private String insertActive(int secondsAgo) throws SQLException {
        return SessionRows.insertActive(dataSource, secondsAgo, null);
    }

    private String status(String sessionId) {
        return SessionRows.status(dataSource, sessionId);
    }

    @Test
    void orphanedSessionsAreInterruptedAndLiveOnesKept() throws Throwable {
        String orphan = insertActive(60);
        String alive = insertActive(60);
        String young = insertActive(0);
        controls.heartbeat(alive);
        // The heartbeat is written asynchronously: sweep once Redis holds it.
        await("the heartbeat of " + alive).atMost(Duration.ofSeconds(5))
                .until(() -> redis.key()
                        .exists("lottery:session:" + alive + ":alive"));
        int interrupted = VertxContextSupport.subscribeAndAwait(() -> recovery.sweep());
        assertThat(interrupted).isGreaterThanOrEqualTo(1);
        assertThat(status(orphan)).isEqualTo("interrupted");
        assertThat(status(alive)).isEqualTo("active");
        assertThat(status(young)).isEqualTo("active");
    }
}
