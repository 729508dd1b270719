package org.lotteryengine.clients.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.lotteryengine.support.ApiCalls;
import org.lotteryengine.support.Management;
import org.lotteryengine.support.TestClients;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Rate limits (spec 14.2) counted in Redis per identified client, and the engine's capacity: refusals are 401, 429 or
 * 503 in the spec's body with Retry-After, never a hang. Each test issues keys of its own, since counts live in Redis
 * for the whole window.
 */
@QuarkusTest
@TestProfile(LimitsTest.LowLimits.class)
class LimitsTest {

    /**
     * Three generations and twenty API requests per client and hour; one engine thread and one queued task; one
     * generation at a time per client.
     */
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lottery.rate-limits.generation-requests", "3", "lottery.rate-limits.api-requests", "20",
                    "lottery.rate-limits.status-checks", "2", "lottery.generation.worker-threads", "1",
                    "lottery.generation.max-concurrent-sessions", "1", "lottery.clients.max-active-generations", "1");
        }
    }

    private static final String SMALL = """
            {"targetTier": "tier4", "numberOfTickets": 5, "strategy": "conservative", "lotteryType": "5/35"}""";
    private static final String SLOW = """
            {"targetTier": "tier3", "numberOfTickets": 100, "strategy": "balanced", "lotteryType": "5/35",
             "preferences": {"maxGenerationTime": 3000, "qualityThreshold": 0.99}}""";

    private static ExtractableResponse<Response> generate(String apiKey, String path, String body) {
        return given().contentType("application/json")
                .header("X-API-Key", apiKey)
                .body(body)
                .post(path)
                .then()
                .extract();
    }

    private static String key() {
        return TestClients.issueKey("limits", null, "generate");
    }

    @Test
    void refusedGenerationsAreGivenBackSoOnlyTheOnesTakenOnCountAgainstTheLimit() {
        String client = key();
        for (int i = 0; i < 8; i++) {
            ExtractableResponse<Response> bad = generate(client, "/api/v2/generate-tickets", SMALL.replace("tier4",
                    "tier9"));
            assertThat(bad.statusCode()).isEqualTo(400);
        }
        assertThat(generate(client, "/api/v2/generate-tickets", SMALL.replace("5/35", "7/77")).statusCode())
                .isEqualTo(400);
        assertThat(generate(client, "/api/v2/generate-tickets", "{\"targetTier\": ").statusCode()).isEqualTo(400);

        for (int i = 0; i < 3; i++) {
            assertThat(generate(client, "/api/v2/generate-tickets", SMALL).statusCode()).isEqualTo(200);
        }
        assertThat(generate(client, "/api/v2/generate-tickets", SMALL).statusCode()).isEqualTo(429);
    }

    @Test
    void theFourthGenerationOfAClientInAnHourIs429AndOtherClientsGoOn() {
        String client = key();
        for (int i = 0; i < 3; i++) {
            assertThat(generate(client, "/api/v2/generate-tickets", SMALL).statusCode()).isEqualTo(200);
        }
        ExtractableResponse<Response> refused = generate(client, "/api/v2/generate-tickets", SMALL);
        ApiCalls.assertError(refused, 429, "RATE_LIMITED", 4290, refused.path("message"));
        assertThat(refused.<String> path("message")).startsWith("Too many requests: generation_requests allows 3 per 3600 s");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 3600);
        assertThat(refused.jsonPath()
                .getMap("details")).containsEntry("limit", "generation_requests")
                .containsEntry("allowed", 3);
        assertThat(generate(key(), "/api/v2/generate-tickets", SMALL).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownKeyIs401NotAFreshAllowance() {
        // Once, any new random key got a fresh allowance: 15 more generations after the address had spent its 10.
        for (int i = 0; i < 5; i++) {
            ExtractableResponse<Response> refused = generate("limits-" + UUID.randomUUID(), "/api/v2/generate-tickets",
                    SMALL);
            ApiCalls.assertError(refused, 401, "UNAUTHORIZED", 4010,
                    "Unknown or revoked API key (X-API-Key); send none to be served as an anonymous client");
            assertThat(refused.asString()).doesNotContain("limits-");
        }
    }

    @Test
    void aTrailingSlashOrAnotherSpellingCountsAsTheSameRoute() {
        // Once, POST /api/v2/generate-tickets/ skipped the generation counter: 12 in a row succeeded.
        String client = key();
        for (int i = 0; i < 3; i++) {
            assertThat(generate(client, "/api/v2/generate-tickets/", SMALL).statusCode()).isEqualTo(200);
        }
        assertThat(generate(client, "/api/v2/generate-tickets/", SMALL).statusCode()).isEqualTo(429);
        assertThat(generate(client, "/api/v2/generate-tickets", SMALL).statusCode()).isEqualTo(429);
    }

    @Test
    void aKeysOwnLimitReplacesTheConfiguredOne() {
        String client = TestClients.issueKey("one-a-window", "{\"generationRequests\": 1}", "generate");
        assertThat(generate(client, "/api/v2/generate-tickets", SMALL).statusCode()).isEqualTo(200);
        ExtractableResponse<Response> refused = generate(client, "/api/v2/generate-tickets", SMALL);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.jsonPath()
                .getInt("details.allowed")).isEqualTo(1);
    }

    @Test
    void everyApiRequestCountsTowardsApiRequests() {
        String client = key();
        for (int i = 0; i < 20; i++) {
            given().header("X-API-Key", client)
                    .get("/api/v2/lotteries")
                    .then()
                    .statusCode(200);
        }
        given().header("X-API-Key", client)
                .get("/api/v2/lotteries")
                .then()
                .statusCode(429)
                .body("details.limit", equalTo("api_requests"));
        // Outside /api/v2 nothing is counted: probes always answer.
        given().header("X-API-Key", client)
                .get("/health")
                .then()
                .statusCode(200);
    }

    @Test
    void statusStreamsCountTowardsStatusChecks() {
        String client = key();
        String unknown = "/api/v2/generation-status/00000000-0000-4000-8000-000000000000";
        for (int i = 0; i < 2; i++) {
            given().header("X-API-Key", client)
                    .get(unknown)
                    .then()
                    .statusCode(404);
        }
        given().header("X-API-Key", client)
                .get(unknown)
                .then()
                .statusCode(429)
                .body("details.limit", equalTo("status_checks"));
    }

    @Test
    void oneClientCannotFillTheQueueAndAFullEngineRefusesAtOnceWith503() {
        String first = key();
        ExtractableResponse<Response> running = async(first);
        assertThat(running.statusCode()).as(running.asString())
                .isEqualTo(202);
        // The same client may not also take the queue's only place.
        ExtractableResponse<Response> again = async(first);
        ApiCalls.assertError(again, 429, "RATE_LIMITED", 4290,
                "Too many generations at once: a client may have 1 queued or running; retry when one ends");
        assertThat(again.header("Retry-After")).isEqualTo("5");

        String second = key();
        ExtractableResponse<Response> queued = async(second);
        assertThat(queued.statusCode()).as(queued.asString())
                .isEqualTo(202);
        ExtractableResponse<Response> refused = async(key());
        ApiCalls.assertError(refused, 503, "RESOURCE_EXHAUSTION", 5004,
                "The engine is at capacity; retry after 1 s");
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        // Readiness says so too: this replica takes no more work until its queue drains (once, it stayed UP with a full
        // queue and went DOWN on a CPU sample instead).
        Management.given()
                .get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'generation-capacity' }.data.reason",
                        org.hamcrest.Matchers.containsString("engine queue full (1)"));

        List<String[]> started = new ArrayList<>();
        started.add(new String[] { first, running.path("sessionId") });
        started.add(new String[] { second, queued.path("sessionId") });
        for (String[] session : started) {
            given().header("X-API-Key", session[0])
                    .post("/api/v2/sessions/" + session[1] + "/cancel")
                    .then()
                    .statusCode(202);
        }
        org.lotteryengine.support.Await.until(Duration.ofSeconds(30), () -> Management.given()
                .get("/q/health/ready")
                .statusCode(), status -> status == 200, "the replica ready again");
    }

    private static ExtractableResponse<Response> async(String apiKey) {
        return given().contentType("application/json")
                .header("X-API-Key", apiKey)
                .queryParam("async", true)
                .body(SLOW)
                .post("/api/v2/generate-tickets")
                .then()
                .extract();
    }
}
