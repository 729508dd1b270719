package org.lotteryengine.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Metrics, API docs and the Swagger UI answer.
 */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void metricsArePrometheusText() {
        // One request first, so that the HTTP server metrics have a sample.
        given().get("/api/v2/lotteries").then().statusCode(200);
        given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .contentType(anyOf(containsString("text/plain"), containsString("application/openmetrics-text")))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void openApiDocumentsTheEndpointsAndTheErrorBody() {
        given().accept("application/json")
                .when()
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/v2/lotteries'.get", notNullValue())
                .body("paths.'/api/v2/lotteries/{lotteryType}'.get.responses.'404'", notNullValue())
                .body("paths.'/health'.get", notNullValue())
                .body("paths.'/ready'.get", notNullValue())
                .body("components.schemas.ApiError.properties.code", notNullValue());
    }

    @Test
    void swaggerUiIsServed() {
        given().when()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .body(containsString("swagger"));
    }
}
