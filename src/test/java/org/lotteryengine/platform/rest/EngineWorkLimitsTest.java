package org.lotteryengine.platform.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lotteryengine.support.ApiCalls;
import org.lotteryengine.support.TestClients;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Work is costed before it is queued. Once, one 500-ticket evaluation of an 18.2M-draw game held an engine thread
 * for 20 s of CPU, and four such generations made every other request wait minutes. Here the cost limit is lowered
 * so that 5/35 (324,632 draws) fits 3 tickets.
 */
@QuarkusTest
@TestProfile(EngineWorkLimitsTest.SmallCost.class)
class EngineWorkLimitsTest {

    public static class SmallCost implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lottery.engine.max-request-cost", "1000000");
        }
    }

    private static final String ABOVE = "4 tickets of 5/35 cost 1,298,528 (possible draws 324,632 times tickets), "
            + "above the limit of 1,000,000: at most 3 tickets of this game fit";

    @Test
    void aGenerationAboveTheCostIsRefusedBeforeItIsQueued() {
        ExtractableResponse<Response> answer = given().contentType("application/json")
                .body("""
                        {"targetTier": "tier3", "numberOfTickets": 4, "strategy": "balanced", "lotteryType": "5/35"}""")
                .post("/api/v2/generate-tickets")
                .then()
                .extract();
        ApiCalls.assertError(answer, 400, "INVALID_TICKET_COUNT", 4002, ABOVE);
        assertThat(answer.jsonPath()
                .getLong("details.maximumCost")).isEqualTo(1_000_000L);
        assertThat(answer.jsonPath()
                .getInt("details.maximumTickets")).isEqualTo(3);
        // No session was opened for it.
        assertThat(answer.jsonPath()
                .getString("details.sessionId")).isNull();

        given().contentType("application/json")
                .body("""
                        {"targetTier": "tier4", "numberOfTickets": 3, "strategy": "balanced", "lotteryType": "5/35"}""")
                .post("/api/v2/generate-tickets")
                .then()
                .statusCode(200);
        // An administrator's work may cost more.
        given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("""
                        {"targetTier": "tier4", "numberOfTickets": 4, "strategy": "balanced", "lotteryType": "5/35"}""")
                .post("/api/v2/generate-tickets")
                .then()
                .statusCode(200);
    }

    @Test
    void anEvaluationAboveTheCostIsRefused() {
        ExtractableResponse<Response> answer = given().contentType("application/json")
                .body("""
                        {"lotteryType": "5/35", "tickets": [[1,2,3,4,5],[6,7,8,9,10],[11,12,13,14,15],[16,17,18,19,20]]}
                        """)
                .post("/api/v2/evaluate")
                .then()
                .extract();
        ApiCalls.assertError(answer, 400, "INVALID_TICKET_COUNT", 4002, ABOVE);

        given().contentType("application/json")
                .body("""
                        {"lotteryType": "5/35", "tickets": [[1,2,3,4,5],[6,7,8,9,10],[11,12,13,14,15]]}
                        """)
                .post("/api/v2/evaluate")
                .then()
                .statusCode(200);
    }
}
