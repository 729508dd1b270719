package org.lotteryengine.generation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lotteryengine.support.MetricsScrape;
import org.lotteryengine.support.PreciseJson;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Spec 9.2's dynamic thresholds, driven by forced failures and then by successes: windows of three generations, one
 * step of 0.95 while fewer than 70% of a window's sets met every threshold, back to the configured values once a
 * window does.
 */
@QuarkusTest
@TestProfile(ThresholdAdjustmentTest.Adjusting.class)
class ThresholdAdjustmentTest {

    /** The adjustment on, with windows of three and no reuse of a measured rate. */
    public static class Adjusting implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lottery.threshold-adjustment.enabled", "true", "lottery.threshold-adjustment.window", "3",
                    "lottery.threshold-adjustment.refresh", "PT0S");
        }
    }

    /** Met every threshold in GenerationResourceTest; with qualityThreshold 1.0 no set can. */
    private static final String REQUEST = """
            {"targetTier": "tier4", "numberOfTickets": 100, "strategy": "aggressive", "budget": 500,
             "lotteryType": "5/35", "seed": 7%s}""";
    private static final List<String> ADJUSTED = List.of("hotPatternCoverage", "patternEfficiency",
            "optimizationScore", "hotNumberCoverage", "diversityBalanceMinimum");

    @BeforeAll
    static void preciseNumbers() {
        PreciseJson.enable();
    }

    @Test
    void forcedFailuresLowerTheMinimumThresholdsAndSuccessesRestoreThem() {
        JsonPath first = generate("");
        assertThat(first.getString("status")).isEqualTo("success");
        assertUnadjusted(first);

        for (int i = 0; i < 3; i++) {
            // A partial set (200) or a fallback (422 GENERATION_FAILED, stored all the same): either is a miss.
            ExtractableResponse<Response> missed = given().contentType("application/json")
                    .body(REQUEST.formatted(", \"preferences\": {\"qualityThreshold\": 1.0}"))
                    .post("/api/v2/generate-tickets")
                    .then()
                    .extract();
            assertThat(missed.statusCode()).as(missed.asString())
                    .isIn(200, 422);
            assertThat(missed.jsonPath()
                    .getString("status")).isNotEqualTo("success");
        }
        // The last three sets all missed: every minimum threshold is 5% lower, and the response shows both values.
        JsonPath lowered = generate("");
        for (String name : ADJUSTED) {
            double base = threshold(lowered, name, "baseRequired");
            assertThat(threshold(lowered, name, "required")).as(name)
                    .isCloseTo(base * 0.95, within(1e-12));
            assertThat(base).as(name)
                    .isEqualTo(threshold(first, name, "required"));
        }
        // Maximums are not minimums: they stay as configured.
        assertThat(threshold(lowered, "warmPatternLimit", "required")).isEqualTo(threshold(lowered, "warmPatternLimit",
                "baseRequired"));
        assertThat(MetricsScrape.scrape()).containsPattern(
                "threshold_adjustment_factor\\{[^}]*tier=\"tier4\"[^}]*} 0\\.95")
                .containsPattern("threshold_adjustments_total\\{[^}]*direction=\"lowered\"[^}]*tier=\"tier4\"[^}]*} 1\\.0");

        // Recovery: three sets that meet every threshold make a window at 100%, and the thresholds are back.
        generate("");
        generate("");
        JsonPath recovered = generate("");
        assertThat(recovered.getString("status")).isEqualTo("success");
        assertUnadjusted(generate(""));
        assertThat(MetricsScrape.scrape()).containsPattern(
                "threshold_adjustment_factor\\{[^}]*tier=\"tier4\"[^}]*} 1\\.0");
    }

    private static void assertUnadjusted(JsonPath set) {
        for (String name : ADJUSTED) {
            assertThat(threshold(set, name, "required")).as(name)
                    .isEqualTo(threshold(set, name, "baseRequired"));
        }
    }

    private static double threshold(JsonPath set, String name, String field) {
        return set.getDouble("generation.thresholds.find { it.name == '%s' }.%s".formatted(name, field));
    }

    private static JsonPath generate(String preferences) {
        return given().contentType("application/json")
                .body(REQUEST.formatted(preferences))
                .post("/api/v2/generate-tickets")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
