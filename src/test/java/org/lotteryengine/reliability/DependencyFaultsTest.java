package org.lotteryengine.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lotteryengine.platform.service.EngineExecutor;
import org.lotteryengine.support.Await;
import org.lotteryengine.support.FaultProxy;
import org.lotteryengine.support.ProxiedServices;
import org.lotteryengine.support.SseClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Spec 10.3 and 12.3 with the dependencies failing under traffic, on PostgreSQL and Redis reached through proxies
 * this test owns: PostgreSQL stopped mid-traffic gives 503 DATABASE_ERROR within a second and readiness DOWN, no
 * request or engine thread is left hanging, and the service recovers without a restart; Redis stopped leaves
 * generation working (local events and rate limits) with readiness reporting it, and shared state resumes when it is
 * back. (The SIGKILL case is MultiReplicaIT's.)
 */
@QuarkusTest
@TestProfile(ProxiedServices.class)
class DependencyFaultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REQUEST = """
            {"targetTier": "tier4", "numberOfTickets": 5, "strategy": "balanced", "lotteryType": "5/35"}""";
    private static final int CLIENTS = 4;

    /** One answer of the traffic: when it was sent (ms since the start), how long it took, status and error code. */
    record Answer(long sentAtMs, long tookMs, int status, String error) {
    }

    @TestHTTPResource("/")
    URI base;

    @Inject
    EngineExecutor engine;

    @Inject
    RedisDataSource redis;

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @AfterEach
    void servicesBack() {
        FaultProxy.restore("postgres");
        FaultProxy.restore("redis");
    }

    @Test
    void postgresqlStoppedUnderTrafficIs503WithinASecondThenRecoversWithoutRestart() throws Exception {
        assertThat(generate().status()).isEqualTo(200);
        long start = System.nanoTime();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> loops = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            loops.add(clients.submit(() -> {
                while (running.get()) {
                    answers.add(timed(start));
                }
                return null;
            }));
        }
        await("answers before the cut").atMost(Duration.ofSeconds(30))
                .until(() -> answers.size() >= CLIENTS);
        long cutAtMs = (System.nanoTime() - start) / 1_000_000;
        FaultProxy.cut("postgres");
        int readiness = await("readiness to notice the outage").atMost(Duration.ofSeconds(3))
                .until(() -> status("/ready"), status -> status == 503);
        await("answers sent during the outage").atMost(Duration.ofSeconds(30))
                .until(() -> answeredBetween(answers, cutAtMs + 500, Long.MAX_VALUE) >= CLIENTS);
        long restoredAtMs = (System.nanoTime() - start) / 1_000_000;
        FaultProxy.restore("postgres");
        await("answers sent after PostgreSQL is back").atMost(Duration.ofSeconds(30))
                .until(() -> answeredBetween(answers, restoredAtMs + 2000, Long.MAX_VALUE) >= CLIENTS);
        running.set(false);
        for (Future<?> loop : loops) {
            // Every client returns: no request hangs, whatever the database did.
            loop.get(70, TimeUnit.SECONDS);
        }
        clients.shutdown();

        assertThat(readiness).isEqualTo(503);
        List<Answer> before = answers.stream()
                .filter(answer -> answer.sentAtMs() + answer.tookMs() < cutAtMs)
                .toList();
        // Sent well after the cut (the pool has noticed), answered before the database came back.
        List<Answer> during = answers.stream()
                .filter(answer -> answer.sentAtMs() > cutAtMs + 500 && answer.sentAtMs() + answer.tookMs() < restoredAtMs)
                .toList();
        List<Answer> after = answers.stream()
                .filter(answer -> answer.sentAtMs() > restoredAtMs + 2000)
                .toList();
        // Reported for RELIABILITY.md.
        System.out.printf("DependencyFaultsTest: %d answers before the cut, %d during the outage (slowest %d ms), %d after"
                + " PostgreSQL came back%n", before.size(), during.size(),
                during.stream()
                        .mapToLong(Answer::tookMs)
                        .max()
                        .orElse(-1),
                after.size());
        assertThat(before).isNotEmpty()
                .allMatch(answer -> answer.status() == 200);
        assertThat(during).as("answers during the outage")
                .isNotEmpty()
                .allMatch(answer -> answer.status() == 503 && "DATABASE_ERROR".equals(answer.error()))
                .allMatch(answer -> answer.tookMs() <= 1000);
        assertThat(after).as("answers after PostgreSQL is back")
                .isNotEmpty()
                .allMatch(answer -> answer.status() == 200);
        assertThat(answers).allMatch(answer -> answer.status() == 200 || answer.status() == 503);
        awaitStatus("/ready", 200);
        assertThat(engine.active()).isZero();
        assertThat(engine.queued()).isZero();
    }

    @Test
    void redisStoppedLeavesGenerationWorkingAndSharedStateResumesWhenItIsBack() throws Exception {
        FaultProxy.cut("redis");
        awaitStatus("/ready", 503);
        for (int i = 0; i < 5; i++) {
            Answer answer = generate();
            assertThat(answer.status()).as("generation without Redis")
                    .isEqualTo(200);
        }
        // The status stream of this replica's own generation still works, from its local copy of the events.
        String sessionId = startAsync();
        List<SseClient.Event> events = SseClient.read(base.resolve("api/v2/generation-status/" + sessionId), null,
                Duration.ofSeconds(30))
                .events();
        assertThat(events.get(events.size() - 1)
                .name()).isEqualTo("complete");

        FaultProxy.restore("redis");
        awaitStatus("/ready", 200);
        String shared = startAsync();
        List<SseClient.Event> sharedEvents = SseClient.read(base.resolve("api/v2/generation-status/" + shared), null,
                Duration.ofSeconds(30))
                .events();
        assertThat(sharedEvents.get(sharedEvents.size() - 1)
                .name()).isEqualTo("complete");
        // Back in Redis: the session's events, readable by every replica.
        assertThat(redis.key()
                .exists("lottery:session:" + shared + ":events")).isTrue();
    }

    /** How many answers came back for requests sent in [from, to) ms. */
    private static long answeredBetween(List<Answer> answers, long fromMs, long toMs) {
        synchronized (answers) {
            return answers.stream()
                    .filter(answer -> answer.sentAtMs() >= fromMs && answer.sentAtMs() < toMs)
                    .count();
        }
    }

    private Answer generate() {
        return timed(System.nanoTime());
    }

    private Answer timed(long start) {
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/api/v2/generate-tickets"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(REQUEST))
                    .build(), HttpResponse.BodyHandlers.ofString());
            String error = null;
            if (response.statusCode() >= 400) {
                JsonNode body = JSON.readTree(response.body());
                error = body.path("error")
                        .asText();
            }
            return new Answer((sent - start) / 1_000_000, (System.nanoTime() - sent) / 1_000_000, response
                    .statusCode(), error);
        } catch (Exception e) {
            return new Answer((sent - start) / 1_000_000, (System.nanoTime() - sent) / 1_000_000, -1, e.toString());
        }
    }

    private String startAsync() throws Exception {
        HttpResponse<String> accepted = client.send(HttpRequest.newBuilder(base.resolve(
                "/api/v2/generate-tickets?async=true"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(REQUEST))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).as(accepted.body())
                .isEqualTo(202);
        return JSON.readTree(accepted.body())
                .get("sessionId")
                .asText();
    }

    private int status(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(path))
                .build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private void awaitStatus(String path, int expected) {
        Await.until(Duration.ofSeconds(20), () -> status(path), status -> status == expected, path + " answering "
                + expected);
    }
}
