package org.lotteryengine.generation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lotteryengine.support.NoRedisProfile;
import org.lotteryengine.support.SseClient;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * With Redis unreachable, generation goes on: events are served from this replica's memory, rate limits are counted
 * locally, and the pattern groups are computed without the cache.
 */
@QuarkusTest
@TestProfile(NoRedisProfile.class)
class GenerationWithoutRedisTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void generationStreamsAndLimitsWorkWithoutRedis() throws Exception {
        String body = """
                {"targetTier": "tier4", "numberOfTickets": 10, "strategy": "balanced", "lotteryType": "5/35"}""";
        String sessionId = given().contentType("application/json")
                .queryParam("async", true)
                .body(body)
                .post("/api/v2/generate-tickets")
                .then()
                .statusCode(202)
                .extract()
                .path("sessionId");
        List<SseClient.Event> events = SseClient.read(base.resolve("api/v2/generation-status/" + sessionId), null,
                Duration.ofSeconds(20))
                .events();
        assertThat(events.get(0)
                .name()).isEqualTo("progress");
        assertThat(events.get(events.size() - 1)
                .name()).isEqualTo("complete");
        given().get("/api/v2/sessions/" + sessionId)
                .then()
                .statusCode(200)
                .body("sessionStatus", equalTo("completed"))
                .body("tickets.size()", equalTo(10));

        for (int i = 0; i < 2; i++) {
            given().contentType("application/json")
                    .body(body)
                    .post("/api/v2/generate-tickets")
                    .then()
                    .statusCode(200);
        }
        given().contentType("application/json")
                .body(body)
                .post("/api/v2/generate-tickets")
                .then()
                .statusCode(429)
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("error", equalTo("RATE_LIMITED"));
    }
}
