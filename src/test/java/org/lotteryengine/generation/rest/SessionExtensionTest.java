package org.lotteryengine.generation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lotteryengine.support.SseClient;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * POST /api/v2/sessions/{sessionId}/extend on a run that can only end on its time limit: tier 3 runs neither stall
 * nor run out of attempts here, so the extension always reaches a running session and its effect is measured.
 */
@QuarkusTest
@TestProfile(SessionExtensionTest.TimeBoundTier3.class)
class SessionExtensionTest {

    /** Tier 3 runs stop on their time limit alone: no stall, no attempt limit within seconds. */
    public static class TimeBoundTier3 implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lottery.stopping-criteria.tier3.meta.stall-threshold", "100000",
                    "lottery.stopping-criteria.tier3.meta.max-attempts-base", "100000");
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Test
    void extendingGivesARunningGenerationMoreTime() throws Exception {
        String sessionId = given().contentType("application/json")
                .queryParam("async", true)
                .body("""
                        {"targetTier": "tier3", "numberOfTickets": 50, "strategy": "conservative", "lotteryType": "5/35",
                         "preferences": {"maxGenerationTime": 3000, "qualityThreshold": 0.99}}""")
                .post("/api/v2/generate-tickets")
                .then()
                .statusCode(202)
                .extract()
                .path("sessionId");
        given().contentType("application/json")
                .body("{\"additionalTime\": 3000}")
                .post("/api/v2/sessions/" + sessionId + "/extend")
                .then()
                .statusCode(202)
                .body("additionalTime", equalTo(3000))
                .body("maximumTotalTime", equalTo(120000));
        SseClient.Stream followed = SseClient.read(base.resolve("api/v2/generation-status/" + sessionId), null,
                Duration.ofSeconds(30));
        assertThat(followed.status()).as(followed.toString())
                .isEqualTo(200);
        ExtractableResponse<Response> stored = given().get("/api/v2/sessions/" + sessionId)
                .then()
                .statusCode(200)
                .extract();
        // 3000 ms asked, 3000 ms added: the run stops on the extended limit (a little early, to leave the exact
        // evaluation of its set its time), after its own limit, which it never passes unextended. The first request
        // of a fresh application can take most of a second, so the extension is given seconds to arrive.
        assertThat((String) stored.path("generation.stoppingReason")).isEqualTo("timeout");
        assertThat(((Number) stored.path("generation.timeElapsed")).longValue()).isGreaterThan(3000L);

        given().contentType("application/json")
                .body("{\"additionalTime\": 0}")
                .post("/api/v2/sessions/" + sessionId + "/extend")
                .then()
                .statusCode(400)
                .body("message", equalTo("additionalTime must be between 1 and 120000 ms"));
        given().contentType("application/json")
                .body("{\"additionalTime\": 1000}")
                .post("/api/v2/sessions/" + sessionId + "/extend")
                .then()
                .statusCode(409)
                .body("error", equalTo("SESSION_NOT_ACTIVE"));
    }
}
