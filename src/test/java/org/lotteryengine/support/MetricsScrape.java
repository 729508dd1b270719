package org.lotteryengine.support;

import static io.restassured.RestAssured.given;

/** Reads /q/metrics as Prometheus would, after the traffic that registers the meters a test looks for. */
public final class MetricsScrape {

    /** A small generation: it registers the generation meters, which exist only once used. */
    public static final String SMALL_GENERATION = """
            {"targetTier": "tier4", "numberOfTickets": 5, "strategy": "balanced", "lotteryType": "5/35"}""";

    private MetricsScrape() {
    }

    /** Generates once with {@code requestBody} (it must succeed). */
    public static void generate(String requestBody) {
        given().contentType("application/json")
                .body(requestBody)
                .post("/api/v2/generate-tickets")
                .then()
                .statusCode(200);
    }

    /** The exported metrics, in Prometheus' text format. */
    public static String scrape() {
        return Management.given()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** Generates once with {@code requestBody}, then scrapes. */
    public static String afterGenerating(String requestBody) {
        generate(requestBody);
        return scrape();
    }
}
