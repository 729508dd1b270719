package org.lotteryengine.platform.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lotteryengine.support.Management;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Readiness lists PostgreSQL, Redis and generation capacity and is UP; wellness holds pattern-data freshness; the
 * spec's probe paths answer like Quarkus' own. (HealthFaultsTest takes each check DOWN and back.)
 */
@QuarkusTest
class HealthEndpointsTest {

    @Test
    void readinessIsUpAndCoversPostgresAndRedis() {
        Management.given()
                .when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check", "postgresql", "redis",
                        "generation-capacity"))
                .body("checks.status", everyItem(equalTo("UP")));
    }

    @Test
    void patternDataFreshnessIsAWellnessCheck() {
        Management.given()
                .when()
                .get("/q/health/well")
                .then()
                .statusCode(200)
                .body("checks.name", hasItems("pattern-data"));
        Management.given()
                .when()
                .get("/q/health/ready")
                .then()
                .body("checks.name", not(hasItem("pattern-data")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/health", "/ready" })
    void theApiPortAnswersTheProbePathsWithTheStatusAlone(String path) {
        // Once: every check with its measures (CPU, heap, database timings) was public on the API port.
        String body = given().when()
                .get(path)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        org.assertj.core.api.Assertions.assertThat(body)
                .isEqualTo("{\"status\":\"UP\"}");
        for (String management : new String[] { "/q/health", "/q/health/ready", "/q/health/live", "/q/metrics" }) {
            given().get(management)
                    .then()
                    .statusCode(404);
        }
    }

    @Test
    void livenessIsUp() {
        Management.given()
                .when()
                .get("/q/health/live")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/q/health", "/q/health/ready" })
    void allChecksIncludeTheDatabaseUsedByFlyway(String path) {
        Management.given()
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .body("checks.name", hasItem("Database connections health check"));
    }
}
