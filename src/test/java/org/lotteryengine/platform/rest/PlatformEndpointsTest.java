package org.lotteryengine.platform.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.lotteryengine.support.Management;
import org.lotteryengine.support.MetricsScrape;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/**
 * Metrics, API docs and the Swagger UI answer.
 */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void metricsArePrometheusText() {
        // One request first, so that the HTTP server metrics have a sample.
        given().get("/api/v2/lotteries").then().statusCode(200);
        // On the management port only: the API port does not serve it.
        given().get("/q/metrics")
                .then()
                .statusCode(404);
        Management.given()
                .when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .contentType(anyOf(containsString("text/plain"), containsString("application/openmetrics-text")))
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void theUiHasAFavicon() {
        byte[] icon = given().get("/favicon.ico")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        // An ICO header (reserved 0, type 1, one image) holding a 32 x 32 PNG.
        assertThat(icon).startsWith(new byte[] { 0, 0, 1, 0, 1, 0, 32, 32 });
        assertThat(java.util.Arrays.copyOfRange(icon, 22, 26)).containsExactly((byte) 0x89, (byte) 'P', (byte) 'N',
                (byte) 'G');
    }

    @Test
    void theUiIsServedWithSecurityHeadersAndRevalidatedNotCachedImmutable() {
        // Once: no CSP, no X-Frame-Options, no nosniff, and index.html cached "immutable" for a day.
        for (String page : new String[] { "/", "/index.html", "/analysis.html" }) {
            given().get(page)
                    .then()
                    .statusCode(200)
                    .header("Content-Security-Policy", equalTo(SecurityHeaders.UI_POLICY))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("Cache-Control", equalTo("no-cache"));
        }
        given().get("/js/api.js")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("no-cache"))
                .header("Content-Security-Policy", nullValue());
        // The webjar is versioned in its path: it may stay cached.
        given().get("/webjars/echarts/5.3.1/dist/echarts.min.js")
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("max-age"));
        given().get("/api/v2/lotteries")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", nullValue());
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

    @Test
    void theOpenApiDocumentIsValidOpenApi3WithEveryGenerationEndpointAndError() {
        String document = given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, null);
        assertThat(parsed.getMessages()).isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        assertThat(api.getOpenapi()).startsWith("3.");
        var generate = api.getPaths()
                .get("/api/v2/generate-tickets")
                .getPost();
        assertThat(generate.getResponses()).containsKeys("200", "202", "400", "413", "422", "429", "503");
        // Spec 15.1: the operation id and the tier4_aggressive example.
        assertThat(generate.getOperationId()).isEqualTo("generateTickets");
        assertThat(generate.getRequestBody()
                .getContent()
                .get("application/json")
                .getExamples()).containsKey("tier4_aggressive");
        assertThat(api.getComponents()
                .getSchemas()
                .get("GenerateTicketsRequest")
                .getRequired()).containsExactlyInAnyOrder("targetTier", "numberOfTickets", "strategy",
                        "lotteryType");
        assertThat(generate.getRequestBody()
                .getContent()
                .get("application/json")
                .getSchema()
                .get$ref()).endsWith("GenerateTicketsRequest");
        assertThat(api.getPaths()
                .get("/api/v2/generation-status/{sessionId}")
                .getGet()
                .getResponses()).containsKeys("200", "400", "404", "429");
        assertThat(api.getPaths()
                .get("/api/v2/sessions/{sessionId}")
                .getDelete()
                .getResponses()).containsKeys("204", "400", "404");
        assertThat(api.getPaths()
                .get("/api/v2/sessions/{sessionId}/export")
                .getGet()
                .getResponses()).containsKeys("200", "404", "409");
        assertThat(api.getComponents()
                .getSchemas()).containsKeys("GenerateTicketsRequest", "GeneratedTicketSet", "LotteryTicket",
                        "GenerationMetadata", "ApiError");
    }

    @Test
    void generationMetricsCarryTierStrategyAndStatus() {
        String metrics = MetricsScrape.afterGenerating("""
                {"targetTier": "tier4", "numberOfTickets": 10, "strategy": "aggressive", "lotteryType": "5/35"}""");
        assertThat(metrics).containsPattern(
                "generation_duration_seconds_bucket\\{[^}]*status=\"success\",strategy=\"aggressive\",tier=\"tier4\"")
                .containsPattern(
                        "generation_total\\{[^}]*status=\"success\",strategy=\"aggressive\",tier=\"tier4\"[^}]*} [1-9]")
                .containsPattern(
                        "generation_success_total\\{[^}]*status=\"success\",strategy=\"aggressive\",tier=\"tier4\"")
                .contains("generation_active_sessions");
    }
}
