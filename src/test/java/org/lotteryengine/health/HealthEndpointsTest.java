package org.lotteryengine.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Readiness lists PostgreSQL and Redis and is UP; the spec's probe paths answer like Quarkus' own.
 */
@QuarkusTest
class HealthEndpointsTest {

    @ParameterizedTest
    @ValueSource(strings = { "/q/health/ready", "/ready" })
    void readinessIsUpAndCoversPostgresAndRedis(String path) {
        given().when()
                .get(path)
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Reactive PostgreSQL connections health check",
                        "Redis connection health check"))
                .body("checks.status", everyItem(equalTo("UP")));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/q/health/live", "/health" })
    void livenessIsUp(String path) {
        given().when()
                .get(path)
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/q/health", "/q/health/ready" })
    void allChecksIncludeTheDatabaseUsedByFlyway(String path) {
        given().when()
                .get(path)
                .then()
                .statusCode(200)
                .body("checks.name", hasItem("Database connections health check"));
    }
}
