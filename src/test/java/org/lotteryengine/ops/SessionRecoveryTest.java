package org.lotteryengine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lotteryengine.service.SessionControls;
import org.lotteryengine.support.SessionRows;

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
        return SessionRows.insertActive(dataSource, secondsAgo, null);
    }

    private String status(String sessionId) {
        return SessionRows.status(dataSource, sessionId);
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
