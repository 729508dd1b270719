package org.lotteryengine.generation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lotteryengine.platform.export.PdfReport;
import org.lotteryengine.platform.export.Readable;
import org.lotteryengine.support.ApiCalls;
import org.lotteryengine.support.Await;
import org.lotteryengine.support.MetricsScrape;
import org.lotteryengine.support.PdfText;
import org.lotteryengine.support.PreciseJson;
import org.lotteryengine.support.SqlCounts;
import org.lotteryengine.support.SseClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * /api/v2/sessions/{sessionId}: the stored set, exports, cancel and GDPR deletion; extend is in SessionExtensionTest.
 */
@QuarkusTest
class SessionResourceTest {

    private static final String UNKNOWN = "00000000-0000-4000-8000-000000000000";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/")
    URI base;

    @BeforeAll
    static void preciseNumbers() {
        PreciseJson.enable();
    }

    private static String generated(String body) {
        ExtractableResponse<Response> response = ApiCalls.generate(body);
        assertThat(response.statusCode()).as(response.asString())
                .isEqualTo(200);
        return response.path("sessionId");
    }

    private static String started(String body) {
        return given().contentType("application/json")
                .queryParam("async", true)
                .body(body)
                .post("/api/v2/generate-tickets")
                .then()
                .statusCode(202)
                .extract()
                .path("sessionId");
    }

    @Test
    void exportsCarryTheStoredTickets() {
        String sessionId = generated("""
                {"targetTier": "tier3", "numberOfTickets": 12, "strategy": "conservative", "lotteryType": "5/35"}""");
        ExtractableResponse<Response> stored = given().get("/api/v2/sessions/" + sessionId)
                .then()
                .statusCode(200)
                .extract();
        List<List<Integer>> numbers = stored.path("tickets.numbers");

        String csv = given().queryParam("format", "csv")
                .get("/api/v2/sessions/" + sessionId + "/export")
                .then()
                .statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", containsString("lottery-tickets-" + sessionId + ".csv"))
                .extract()
                .asString();
        List<String> rows = csv.lines()
                .toList();
        assertThat(rows).hasSize(13);
        assertThat(rows.get(0)).isEqualTo(
                "index,numbers,pattern,patternGroup,generationStrategy,qualityScore,expectedMatches");
        for (int i = 0; i < 12; i++) {
            String[] cells = rows.get(i + 1)
                    .split(",");
            assertThat(cells[0]).isEqualTo(Integer.toString(i + 1));
            assertThat(cells[1]).isEqualTo(String.join(" ", numbers.get(i)
                    .stream()
                    .map(String::valueOf)
                    .toList()));
            assertThat(cells[2]).isEqualTo(stored.path("tickets[" + i + "].pattern"));
        }

        ExtractableResponse<Response> exported = given().queryParam("format", "json")
                .get("/api/v2/sessions/" + sessionId + "/export")
                .then()
                .statusCode(200)
                .body("sessionId", equalTo(sessionId))
                .body("tickets.numbers", equalTo(numbers))
                .body("exactEvaluation.totalDraws", equalTo(324632))
                .body("exactEvaluation.tiers.tier", equalTo(List.of("tier5", "tier4", "tier3")))
                .extract();
        // The exact counts behind the set's figures: its coverage is drawsWithWinAtLeast / totalDraws.
        for (int tier = 0; tier < 3; tier++) {
            int draws = exported.path("exactEvaluation.tiers[" + tier + "].drawsWithWinAtLeast");
            Number coverage = exported.path("exactEvaluation.tiers[" + tier + "].probabilityAtLeastOne");
            assertThat(coverage.doubleValue()).isCloseTo(draws / 324632.0, offset(1e-7));
        }
        Number targetCoverage = stored.path("quality.coverage.atLeastOneWin");
        int targetDraws = exported.path("exactEvaluation.tiers[2].drawsWithWinAtLeast");
        assertThat(targetCoverage.doubleValue()).isCloseTo(targetDraws / 324632.0, offset(
                1e-7));

        byte[] pdf = given().queryParam("format", "pdf")
                .get("/api/v2/sessions/" + sessionId + "/export")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString("lottery-tickets-" + sessionId + ".pdf"))
                .extract()
                .asByteArray();
        PdfText sheet = PdfText.of(pdf, PdfReport.MARGIN);
        String text = sheet.text()
                .replaceAll("\\s+", " ");
        assertThat(sheet.outside()).isEmpty();
        assertThat(text).contains("Lottery tickets for 5/35", "Session " + sessionId, "12 tickets aimed at tier 3",
                "Chances over all 324,632 possible draws", "3 or more matches 15.00 USD " + Readable.chance(
                        targetDraws / 324632.0),
                "cost 12.00 USD",
                "equally likely");
        for (int i = 0; i < 12; i++) {
            assertThat(text).contains("%d. %s %s %s".formatted(i + 1, String.join(" ", numbers.get(i)
                    .stream()
                    .map(String::valueOf)
                    .toList()), stored.path("tickets[" + i + "].pattern"), stored.path(
                            "tickets[" + i
                                    + "].patternGroup")));
        }

        given().queryParam("format", "xls")
                .get("/api/v2/sessions/" + sessionId + "/export")
                .then()
                .statusCode(400)
                .body("message", equalTo("format must be csv, json or pdf"));
    }

    @Test
    void cancellingStopsAGenerationWithUserOverrideAndKeepsItsBestSet() throws Exception {
        String sessionId = started("""
                {"targetTier": "tier3", "numberOfTickets": 150, "strategy": "balanced", "lotteryType": "5/35",
                 "preferences": {"maxGenerationTime": 60000}}""");
        given().post("/api/v2/sessions/" + sessionId + "/cancel")
                .then()
                .statusCode(202)
                .body("action", equalTo("cancel"))
                .body("accepted", equalTo(true));
        List<SseClient.Event> events = SseClient.read(base.resolve("api/v2/generation-status/" + sessionId), null,
                Duration.ofSeconds(30))
                .events();
        JsonNode complete = JSON.readTree(events.get(events.size() - 1)
                .data());
        assertThat(complete.get("stoppingReason")
                .asText()).isEqualTo("user_override");
        given().get("/api/v2/sessions/" + sessionId)
                .then()
                .statusCode(200)
                .body("sessionStatus", equalTo("cancelled"))
                // A cancelled run's set is never a "success" beside sessionStatus cancelled (SetVerdict).
                .body("status", oneOf("partial", "fallback"))
                .body("generation.stoppingReason", equalTo("user_override"))
                .body("tickets.size()", equalTo(150));
        given().post("/api/v2/sessions/" + sessionId + "/cancel")
                .then()
                .statusCode(409)
                .body("error", equalTo("SESSION_NOT_ACTIVE"))
                .body("code", equalTo(4091))
                .body("details.sessionStatus", equalTo("cancelled"));
    }

    @Test
    void deletingARunningSessionStopsItsEngineWork() {
        // Once, deleting only cancelled: the run went on to its end, holding an engine thread for up to a minute.
        String sessionId = started("""
                {"targetTier": "tier3", "numberOfTickets": 150, "strategy": "balanced", "lotteryType": "5/35",
                 "preferences": {"maxGenerationTime": 60000}}""");
        Await.until(Duration.ofSeconds(10), MetricsScrape::scrape, metrics -> metrics.contains(
                "engine_active_threads{lane=\"generation\"} 1.0"), "the generation running");

        given().delete("/api/v2/sessions/" + sessionId)
                .then()
                .statusCode(204);

        Await.until(Duration.ofSeconds(5), MetricsScrape::scrape, metrics -> metrics.contains(
                "engine_active_threads{lane=\"generation\"} 0.0"), "the engine thread freed");
        given().get("/api/v2/sessions/" + sessionId)
                .then()
                .statusCode(404);
    }

    @Test
    void deletionRemovesEveryRowOfTheSessionInEveryTable() throws SQLException {
        String sessionId = generated("""
                {"targetTier": "tier4", "numberOfTickets": 30, "strategy": "balanced", "lotteryType": "5/35"}""");
        Map<String, Long> before = counts(sessionId);
        assertThat(before).containsEntry("user_sessions", 1L)
                .containsEntry("generated_ticket_sets", 1L)
                .containsEntry("lottery_tickets", 30L);
        assertThat(before.get("generation_performance")).isPositive();

        given().delete("/api/v2/sessions/" + sessionId)
                .then()
                .statusCode(204);

        assertThat(counts(sessionId)).containsOnly(Map.entry("user_sessions", 0L), Map.entry("generated_ticket_sets",
                0L), Map.entry("lottery_tickets", 0L), Map.entry("generation_performance", 0L));
        given().get("/api/v2/sessions/" + sessionId)
                .then()
                .statusCode(404)
                .body("error", equalTo("SESSION_NOT_FOUND"));
        given().delete("/api/v2/sessions/" + sessionId)
                .then()
                .statusCode(404);
    }

    @Test
    void unknownAndMalformedSessionIdsAreErrorsOnEveryEndpoint() {
        for (String path : List.of("", "/export")) {
            given().get("/api/v2/sessions/" + UNKNOWN + path)
                    .then()
                    .statusCode(404)
                    .body("error", equalTo("SESSION_NOT_FOUND"))
                    .body("code", equalTo(4041))
                    .body("details.sessionId", equalTo(UNKNOWN));
            given().get("/api/v2/sessions/1%27%20OR%201=1" + path)
                    .then()
                    .statusCode(400)
                    .body("error", equalTo("INVALID_REQUEST"))
                    .body("message", equalTo("sessionId must be a UUID"));
        }
        given().post("/api/v2/sessions/" + UNKNOWN + "/cancel")
                .then()
                .statusCode(404);
        given().contentType("application/json")
                .body("{\"additionalTime\": 1000}")
                .post("/api/v2/sessions/" + UNKNOWN + "/extend")
                .then()
                .statusCode(404);
        given().delete("/api/v2/sessions/" + UNKNOWN)
                .then()
                .statusCode(404);
        given().delete("/api/v2/sessions/not-a-uuid")
                .then()
                .statusCode(400);
    }

    private Map<String, Long> counts(String sessionId) throws SQLException {
        String session = "(SELECT id FROM user_sessions WHERE session_id = ?)";
        return Map.of("user_sessions", count("SELECT count(*) FROM user_sessions WHERE session_id = ?", sessionId),
                "generated_ticket_sets", count("SELECT count(*) FROM generated_ticket_sets WHERE session_id IN "
                        + session, sessionId),
                "lottery_tickets", count("SELECT count(*) FROM lottery_tickets WHERE ticket_set_id IN (SELECT id FROM"
                        + " generated_ticket_sets WHERE session_id IN " + session + ")", sessionId),
                "generation_performance", count("SELECT count(*) FROM generation_performance WHERE session_id IN "
                        + session, sessionId));
    }

    private long count(String sql, String sessionId) throws SQLException {
        return SqlCounts.count(dataSource, sql, sessionId);
    }
}
