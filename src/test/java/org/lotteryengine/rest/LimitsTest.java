package org.lotteryengine.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Rate limits (spec 14.2) counted in Redis, and the engine's capacity: refusals are 429 or 503 in the spec's body with
 * Retry-After, never a hang.
 */
@QuarkusTest
@TestProfile(LimitsTest.LowLimits.class)
class LimitsTest {

    /** Three generations and twenty API requests per client and hour; one engine thread and one queued task. */
    public static class LowLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lottery.rate-limits.generation-requests", "3", "lottery.rate-limits.api-requests", "20",
                    "lottery.rate-limits.status-checks", "2", "lottery.generation.worker-threads", "1",
                    "lottery.generation.max-concurrent-sessions", "1");
        }
    }

    private static final String SMALL = """
            {"targetTier": "tier4", "numberOfTickets": 5, "strategy": "conservative", "lotteryType": "5/35"}""";

    private static ExtractableResponse<Response> generate(String apiKey, String body) {
        return given().contentType("application/json")
                .header("X-API-Key", apiKey)
                .body(body)
                .post("/api/v2/generate-tickets")
                .then()
                .extract();
    }

    @Test
    void theFourthGenerationOfAClientInAnHourIs429AndOtherClientsGoOn() {
        // A fresh key per run: counts live in Redis for the whole window.
        String client = "limits-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            assertThat(generate(client, SMALL).statusCode()).isEqualTo(200);
        }
        ExtractableResponse<Response> refused = generate(client, SMALL);
        GenerationResourceTest.assertError(refused, 429, "RATE_LIMITED", 4290, refused.path("message"));
        assertThat(refused.<String> path("message")).startsWith("Too many requests: generation_requests allows 3 per 3600 s");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 3600);
        assertThat(refused.jsonPath()
                .getMap("details")).containsEntry("limit", "generation_requests")
                .containsEntry("allowed", 3);
        assertThat(generate("limits-" + UUID.randomUUID(), SMALL).statusCode()).isEqualTo(200);
    }

    @Test
    void everyApiRequestCountsTowardsApiRequests() {
        String client = "limits-" + UUID.randomUUID();
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
        // Outside /api/v2 nothing is counted: probes and metrics always answer.
        given().header("X-API-Key", client)
                .get("/q/health/live")
                .then()
                .statusCode(200);
    }

    @Test
    void statusStreamsCountTowardsStatusChecks() {
        String client = "limits-" + UUID.randomUUID();
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
    void aFullEngineRefusesAtOnceWith503AndRetryAfter() {
        String slow = """
                {"targetTier": "tier3", "numberOfTickets": 100, "strategy": "balanced", "lotteryType": "5/35",
                 "preferences": {"maxGenerationTime": 3000, "qualityThreshold": 0.99}}""";
        List<ExtractableResponse<Response>> responses = new ArrayList<>();
        List<String> started = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ExtractableResponse<Response> response = given().contentType("application/json")
                    .header("X-API-Key", "capacity-" + UUID.randomUUID())
                    .queryParam("async", true)
                    .body(slow)
                    .post("/api/v2/generate-tickets")
                    .then()
                    .extract();
            responses.add(response);
            if (response.statusCode() == 202) {
                started.add(response.path("sessionId"));
            }
        }
        // One runs, one waits in the queue; the others are refused.
        assertThat(started).hasSize(2);
        ExtractableResponse<Response> refused = responses.get(3);
        GenerationResourceTest.assertError(refused, 503, "RESOURCE_EXHAUSTION", 5004,
                "The engine is at capacity; retry after 1 s");
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        for (String sessionId : started) {
            given().header("X-API-Key", "capacity-" + UUID.randomUUID())
                    .post("/api/v2/sessions/" + sessionId + "/cancel")
                    .then()
                    .statusCode(202);
        }
    }
}
