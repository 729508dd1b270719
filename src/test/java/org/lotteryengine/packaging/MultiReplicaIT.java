package org.lotteryengine.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lotteryengine.support.LocalServicesTestResource;
import org.lotteryengine.support.SqlCounts;
import org.lotteryengine.support.SseClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged application as replicas of one deployment, sharing PostgreSQL and Redis: a generation started on one
 * replica is followed and read from another, rate limits count across both, and a replica killed mid-generation
 * leaves an interrupted session and no half-written set.
 */
class MultiReplicaIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aSessionStartedOnOneReplicaIsFollowedFromTheOtherAndLimitsAreShared() throws Exception {
        // Counts of their own: earlier tests of the build ran from the same address.
        String[] limits = { "lottery.rate-limits.generation-requests=4", "lottery.rate-limits.key-prefix=replicas-"
                + UUID.randomUUID() + ":" };
        try (Replica a = new Replica("a", Replica.freePort(), limits).start();
                Replica b = new Replica("b", Replica.freePort(), limits).start()) {
            // Anonymous: both replicas see the same address, so the session is the client's on either.
            HttpResponse<String> accepted = a.post("/api/v2/generate-tickets?async=true", null, """
                    {"targetTier": "tier3", "numberOfTickets": 60, "strategy": "balanced", "lotteryType": "5/35"}""");
            assertThat(accepted.statusCode()).as(accepted.body())
                    .isEqualTo(202);
            String sessionId = JSON.readTree(accepted.body())
                    .get("sessionId")
                    .asText();

            List<SseClient.Event> events = SseClient.read(b.uri("/api/v2/generation-status/" + sessionId), null,
                    Duration.ofSeconds(60))
                    .events();
            assertThat(events.get(0)
                    .name()).isEqualTo("progress");
            assertThat(events.get(events.size() - 1)
                    .name()).isEqualTo("complete");
            for (int i = 0; i < events.size(); i++) {
                assertThat(events.get(i)
                        .id()).isEqualTo(Long.toString(i + 1));
            }
            JsonNode stored = JSON.readTree(b.get("/api/v2/sessions/" + sessionId)
                    .body());
            assertThat(stored.get("sessionStatus")
                    .asText()).isEqualTo("completed");
            assertThat(stored.get("tickets")
                    .size()).isEqualTo(60);

            // A cancel sent to B reaches the generation running on A.
            HttpResponse<String> longRun = a.post("/api/v2/generate-tickets?async=true", null,
                    """
                            {"targetTier": "tier3", "numberOfTickets": 200, "strategy": "balanced", "lotteryType": "5/35",
                             "preferences": {"maxGenerationTime": 60000, "qualityThreshold": 0.99}}""");
            String running = JSON.readTree(longRun.body())
                    .get("sessionId")
                    .asText();
            assertThat(b.post("/api/v2/sessions/" + running + "/cancel", null, "")
                    .statusCode()).isEqualTo(202);
            List<SseClient.Event> cancelled = SseClient.read(b.uri("/api/v2/generation-status/" + running), null,
                    Duration.ofSeconds(60))
                    .events();
            assertThat(JSON.readTree(cancelled.get(cancelled.size() - 1)
                    .data())
                    .get("stoppingReason")
                    .asText()).isEqualTo("user_override");

            // Four generations per client in all, whichever replica counts them.
            String client = a.issueKey("replicas");
            String small = """
                    {"targetTier": "tier4", "numberOfTickets": 5, "strategy": "conservative", "lotteryType": "5/35"}""";
            assertThat(b.post("/api/v2/generate-tickets", client, small)
                    .statusCode()).isEqualTo(200);
            assertThat(a.post("/api/v2/generate-tickets", client, small)
                    .statusCode()).isEqualTo(200);
            assertThat(b.post("/api/v2/generate-tickets", client, small)
                    .statusCode()).isEqualTo(200);
            assertThat(a.post("/api/v2/generate-tickets", client, small)
                    .statusCode()).isEqualTo(200);
            HttpResponse<String> refused = a.post("/api/v2/generate-tickets", client, small);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(JSON.readTree(refused.body())
                    .get("error")
                    .asText()).isEqualTo("RATE_LIMITED");
        }
    }

    @Test
    void aSettingChangedOnOneReplicaIsInForceOnTheOtherWithinSeconds() throws Exception {
        try (Replica a = new Replica("settings-a", Replica.freePort()).start();
                Replica b = new Replica("settings-b", Replica.freePort()).start()) {
            HttpResponse<String> changed = a.adminSend("PUT", "/api/v2/admin/settings/strategy-modifiers/aggressive",
                    "{\"hot-pattern-bonus\": 1.05}");
            assertThat(changed.statusCode()).as(changed.body())
                    .isEqualTo(200);
            try {
                await().atMost(Duration.ofSeconds(10))
                        .untilAsserted(() -> {
                            JsonNode seen = JSON.readTree(b.adminGet("/api/v2/admin/settings")
                                    .body());
                            assertThat(seen.at("/strategyModifiers/aggressive/changed")
                                    .asBoolean()).isTrue();
                            assertThat(seen.at("/strategyModifiers/aggressive/values/hot-pattern-bonus")
                                    .asDouble()).isEqualTo(1.05);
                        });
            } finally {
                assertThat(b.adminSend("DELETE", "/api/v2/admin/settings/strategy-modifiers/aggressive", null)
                        .statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void aReplicaKilledMidGenerationLeavesAnInterruptedSessionAndNoHalfSet() throws Exception {
        int port = Replica.freePort();
        // Long runs: up to 2,000 attempts, no stall stop, so that the generation is surely running when killed.
        String[] slow = { "lottery.stopping-criteria.tier3.meta.max-attempts-base=2000",
                "lottery.stopping-criteria.tier3.meta.stall-threshold=2000" };
        String completedId;
        String killedId;
        Replica first = new Replica("crash-1", port, slow).start();
        try {
            HttpResponse<String> completed = first.post("/api/v2/generate-tickets", null, """
                    {"targetTier": "tier4", "numberOfTickets": 40, "strategy": "balanced", "lotteryType": "5/35"}""");
            assertThat(completed.statusCode()).as(completed.body())
                    .isEqualTo(200);
            completedId = JSON.readTree(completed.body())
                    .get("sessionId")
                    .asText();
            HttpResponse<String> accepted = first.post("/api/v2/generate-tickets?async=true", null, """
                    {"targetTier": "tier3", "numberOfTickets": 200, "strategy": "balanced", "lotteryType": "5/35",
                     "preferences": {"maxGenerationTime": 60000, "qualityThreshold": 0.99}}""");
            killedId = JSON.readTree(accepted.body())
                    .get("sessionId")
                    .asText();
            assertRunning(first, killedId);
            assertThat(JSON.readTree(first.get("/api/v2/sessions/" + killedId)
                    .body())
                    .get("sessionStatus")
                    .asText()).as("still generating when killed")
                    .isEqualTo("active");
        } finally {
            first.kill();
        }
        // The heartbeat (5 s) must lapse before a restart can tell the session is orphaned.
        await("the killed replica's heartbeat to lapse").atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> !Replica.redisHas("lottery:session:" + killedId + ":alive"));
        try (Replica second = new Replica("crash-2", port).start()) {
            JsonNode interrupted = JSON.readTree(second.get("/api/v2/sessions/" + killedId)
                    .body());
            assertThat(interrupted.get("sessionStatus")
                    .asText()).isEqualTo("interrupted");
            assertThat(interrupted.has("tickets")).isFalse();
            assertThat(count("SELECT count(*) FROM generated_ticket_sets s JOIN user_sessions u ON u.id = s.session_id"
                    + " WHERE u.session_id = ?", killedId)).isZero();
            assertThat(count("SELECT count(*) FROM generation_performance p JOIN user_sessions u ON u.id = p.session_id"
                    + " WHERE u.session_id = ?", killedId)).isZero();
            // Completed before the kill: intact.
            assertThat(count("SELECT count(*) FROM lottery_tickets t JOIN generated_ticket_sets s ON s.id = t.ticket_set_id"
                    + " JOIN user_sessions u ON u.id = s.session_id WHERE u.session_id = ? AND u.status = 'completed'",
                    completedId)).isEqualTo(40);
            List<SseClient.Event> stream = SseClient.read(second.uri("/api/v2/generation-status/" + killedId), null,
                    Duration.ofSeconds(30))
                    .events();
            SseClient.Event last = stream.get(stream.size() - 1);
            assertThat(last.name()).isEqualTo("error");
            assertThat(JSON.readTree(last.data())
                    .get("status")
                    .asText()).isEqualTo("interrupted");
        }
    }

    @Test
    void aReplicaStoppedMidGenerationFinishesAndStoresItBeforeItExits() throws Exception {
        // No stall stop: the run goes on until its 3 s limit, so that it is surely running when the stop comes.
        String[] slow = { "lottery.stopping-criteria.tier3.meta.max-attempts-base=2000",
                "lottery.stopping-criteria.tier3.meta.stall-threshold=2000" };
        String sessionId;
        Replica replica = new Replica("drain", Replica.freePort(), slow).start();
        try {
            HttpResponse<String> accepted = replica.post("/api/v2/generate-tickets?async=true", null, """
                    {"targetTier": "tier3", "numberOfTickets": 200, "strategy": "balanced", "lotteryType": "5/35",
                     "preferences": {"maxGenerationTime": 3000, "qualityThreshold": 0.99}}""");
            assertThat(accepted.statusCode()).as(accepted.body())
                    .isEqualTo(202);
            sessionId = JSON.readTree(accepted.body())
                    .get("sessionId")
                    .asText();
            assertRunning(replica, sessionId);
            assertThat(JSON.readTree(replica.get("/api/v2/sessions/" + sessionId)
                    .body())
                    .get("sessionStatus")
                    .asText()).as("still generating when stopped")
                    .isEqualTo("active");
        } finally {
            // SIGTERM, as Kubernetes sends it, then wait for the process to exit.
            replica.close();
        }
        assertThat(count("SELECT count(*) FROM user_sessions WHERE session_id = ? AND status = 'completed'",
                sessionId)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM lottery_tickets t JOIN generated_ticket_sets s ON s.id = t.ticket_set_id"
                + " JOIN user_sessions u ON u.id = s.session_id WHERE u.session_id = ?", sessionId)).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM generation_performance p JOIN user_sessions u ON u.id = p.session_id"
                + " WHERE u.session_id = ?", sessionId)).isPositive();
    }

    private static long count(String sql, String sessionId) throws SQLException {
        Map<String, String> services = new LocalServicesTestResource().start();
        try (Connection connection = DriverManager.getConnection(services.get("quarkus.datasource.jdbc.url"), services
                .get("quarkus.datasource.username"), services.get("quarkus.datasource.password"))) {
            return SqlCounts.count(connection, sql, sessionId);
        }
    }

    /** Waits for the generation's first progress event: it is running, not only queued. */
    private static void assertRunning(Replica replica, String sessionId) throws Exception {
        List<SseClient.Event> events = SseClient.readUntil(replica.uri("/api/v2/generation-status/" + sessionId),
                Duration.ofSeconds(30), event -> event.name()
                        .equals("progress"))
                .events();
        assertThat(events).as("a progress event of " + sessionId)
                .extracting(SseClient.Event::name)
                .contains("progress");
    }
}
