package org.lotteryengine.generation.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.generation.GenerationRequest;
import org.lotteryengine.engine.generation.Strategy;
import org.lotteryengine.support.Await;
import org.lotteryengine.support.SessionRows;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * A write whose caller goes away (the HTTP client closed its connection, and Quarkus REST cancelled the request's
 * subscription) still commits whole. Cancelling into an open transaction used to close the Hibernate Reactive session
 * under it: HR000090 "Live transaction detected while closing the connection", the session row lost or stored without
 * its generation.
 */
@QuarkusTest
class AbandonedWritesTest {

    private static final int WRITES = 40;
    private static final GenerationRequest REQUEST = new GenerationRequest(4, 10, Strategy.BALANCED, null, null, null,
            null, null);

    @Inject
    SessionStore store;

    @Inject
    Vertx vertx;

    @Inject
    DataSource dataSource;

    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger("")
                .addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("")
                .removeHandler(capture);
    }

    @Test
    void sessionsOpenedForCallersWhoLeftAreStoredWithoutALiveTransactionClosed() {
        String owner = "abandoned-" + UUID.randomUUID();
        for (int i = 0; i < WRITES; i++) {
            // Cancelled at a different point of each write: before, during and after its transaction.
            long cancelAfterMicros = 250L * i;
            Context context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(context, true);
            context.runOnContext(ignored -> {
                var subscription = store.open(owner, "5-35", REQUEST)
                        .subscribe()
                        .with(stored -> {
                        }, failure -> {
                        });
                if (cancelAfterMicros == 0) {
                    subscription.cancel();
                } else {
                    vertx.setTimer(Math.max(1, cancelAfterMicros / 1000), timer -> subscription.cancel());
                }
            });
        }

        Await.until(Duration.ofSeconds(20), () -> SessionRows.countOf(dataSource, owner), count -> count == WRITES,
                WRITES + " sessions stored");
        // Hibernate Reactive raises it as an exception that Mutiny drops and logs.
        assertThat(logged).noneMatch(record -> String.valueOf(record.getMessage())
                .contains("HR000090")
                || record.getThrown() != null && String.valueOf(record.getThrown()
                        .getMessage())
                        .contains("HR000090"));
    }
}
