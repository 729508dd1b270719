package org.lotteryengine.generation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lotteryengine.support.ApiCalls;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * With PostgreSQL unreachable at runtime, requests that need it are refused at once with 503 DATABASE_ERROR and
 * Retry-After, in the spec's body, and never hang.
 */
@QuarkusTest
@TestProfile(GenerationWithoutDatabaseTest.NoDatabase.class)
class GenerationWithoutDatabaseTest {

    /** The runtime (reactive) datasource points at a port where nothing listens; Flyway's JDBC one still works. */
    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Schema validation needs the runtime datasource at start: off here, where it cannot connect.
            return Map.of("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:9/lottery_test",
                    "quarkus.hibernate-orm.schema-management.strategy", "none");
        }
    }

    @Test
    void generationAndSessionsAre503WithinASecond() {
        String body = """
                {"targetTier": "tier4", "numberOfTickets": 10, "strategy": "balanced", "lotteryType": "5/35"}""";
        // The first request also pays for the application's warm-up; the second shows the refusal itself.
        ApiCalls.generate(body);
        long start = System.nanoTime();
        ExtractableResponse<Response> generation = ApiCalls.generate(body);
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        ApiCalls.assertError(generation, 503, "DATABASE_ERROR", 5002,
                "The database is not reachable; retry shortly");
        assertThat(generation.header("Retry-After")).isEqualTo("5");
        // Not a speed target (BENCHMARKS.md has those): a refused connection must fail the request, not hold it.
        assertThat(elapsedMs).isLessThan(2000);
        ExtractableResponse<Response> session = given().get("/api/v2/sessions/00000000-0000-4000-8000-000000000000")
                .then()
                .extract();
        ApiCalls.assertError(session, 503, "DATABASE_ERROR", 5002,
                "The database is not reachable; retry shortly");
    }
}
