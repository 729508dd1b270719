package org.lotteryengine.packaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.lotteryengine.support.SseClient;
import org.lotteryengine.support.TestClients;
import org.lotteryengine.support.TestGames;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * What a user does, against the packaged application (the jar, or the native executable when there is one): generate
 * and follow a generation to its end, read and export the session in every format, evaluate, import draws and read the
 * analysis, cancel and delete. Once the suite only probed health, and a native build that answered 500 to every
 * generation and every PDF export passed it.
 */
@QuarkusIntegrationTest
class ProductFlowIT {

    private static final String SMALL = """
            {"targetTier": "tier4", "numberOfTickets": 12, "strategy": "balanced", "lotteryType": "5/35", "seed": 42}""";

    @TestHTTPResource("/")
    URI base;

    @Test
    void generateFollowReadExportAndDelete() throws Exception {
        ExtractableResponse<Response> generated = given().contentType("application/json")
                .body(SMALL)
                .post("/api/v2/generate-tickets")
                .then()
                .extract();
        assertThat(generated.statusCode()).as(generated.asString())
                .isEqualTo(200);
        assertThat(generated.jsonPath()
                .getList("tickets")).hasSize(12);
        String sessionId = generated.path("sessionId");

        given().get("/api/v2/sessions/" + sessionId)
                .then()
                .statusCode(200)
                .body("sessionStatus", equalTo("completed"));
        String csv = given().queryParam("format", "csv")
                .get("/api/v2/sessions/" + sessionId + "/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.lines()
                .count()).isEqualTo(13);
        given().queryParam("format", "json")
                .get("/api/v2/sessions/" + sessionId + "/export")
                .then()
                .statusCode(200)
                .body("tickets.size()", equalTo(12));
        byte[] pdf = given().queryParam("format", "pdf")
                .get("/api/v2/sessions/" + sessionId + "/export")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isPositive();
            assertThat(new PDFTextStripper().getText(document)).contains(sessionId.substring(0, 8),
                    "Chances over all 324,632 possible draws");
        }
        // The methods a 405 names come from a resource read at run time (the native image must hold it).
        given().put("/api/v2/sessions/" + sessionId)
                .then()
                .statusCode(405)
                .header("Allow", "DELETE, GET, HEAD, OPTIONS")
                .body("details.allowed.size()", equalTo(4));

        given().delete("/api/v2/sessions/" + sessionId)
                .then()
                .statusCode(204);
        given().get("/api/v2/sessions/" + sessionId)
                .then()
                .statusCode(404);
    }

    @Test
    void anAsynchronousGenerationStreamsToItsEndAndACancelStopsAnother() throws Exception {
        String sessionId = given().contentType("application/json")
                .queryParam("async", true)
                .body(SMALL)
                .post("/api/v2/generate-tickets")
                .then()
                .statusCode(202)
                .extract()
                .path("sessionId");
        List<SseClient.Event> events = SseClient.read(base.resolve("api/v2/generation-status/" + sessionId), null,
                Duration.ofSeconds(60))
                .events();
        assertThat(events).isNotEmpty();
        assertThat(events.get(events.size() - 1)
                .name()).isEqualTo("complete");

        String running = given().contentType("application/json")
                .queryParam("async", true)
                .body("""
                        {"targetTier": "tier3", "numberOfTickets": 150, "strategy": "balanced", "lotteryType": "5/35",
                         "preferences": {"maxGenerationTime": 60000, "qualityThreshold": 0.99}}""")
                .post("/api/v2/generate-tickets")
                .then()
                .statusCode(202)
                .extract()
                .path("sessionId");
        given().post("/api/v2/sessions/" + running + "/cancel")
                .then()
                .statusCode(202);
        List<SseClient.Event> cancelled = SseClient.read(base.resolve("api/v2/generation-status/" + running), null,
                Duration.ofSeconds(60))
                .events();
        assertThat(cancelled.get(cancelled.size() - 1)
                .data()).contains("user_override");
    }

    @Test
    void evaluateImportDrawsAndReadTheAnalysis() {
        given().contentType("application/json")
                .body("""
                        {"lotteryType": "5/35", "tickets": [[34, 5, 16, 23, 28]]}""")
                .post("/api/v2/evaluate")
                .then()
                .statusCode(200)
                .body("totalDraws", equalTo(324_632));

        String game = TestGames.create535("flow");
        given().header(TestClients.ADMIN)
                .contentType("text/csv")
                .body("draw_date,n1,n2,n3,n4,n5\n2024-01-02,1,2,3,4,5\n2024-01-03,6,7,8,9,10\n")
                .post("/api/v2/draws/" + game)
                .then()
                .statusCode(200)
                .body("stored", equalTo(2));
        given().get("/api/v2/pattern-analysis/" + game)
                .then()
                .statusCode(200);
        // The backtest's FFT convolutions run natively too: ticket 1 wins tier5 on 2024-01-02, nothing on 2024-01-03.
        given().contentType("application/json")
                .body("""
                        {"lotteryType": "%s", "tickets": [[1, 2, 3, 4, 5]]}""".formatted(game))
                .post("/api/v2/backtest")
                .then()
                .statusCode(200)
                .body("draws", equalTo(2))
                .body("tiers[0].winningTickets", equalTo(1))
                .body("drawsWithWin.observed", equalTo(1))
                .body("longestRunWithoutWin.observed", equalTo(1))
                .body("topWins[0].date", equalTo("2024-01-02"));
    }

    @Test
    void aBonusGameServesItsOddsImportsItsDrawsAndAnalysesBothDrums() {
        given().get("/api/v2/lotteries/powerball")
                .then()
                .statusCode(200)
                .body("totalCombinations", equalTo(292_201_338))
                .body("bonusTiers[0].tier", equalTo("5+1"))
                .body("bonus.anyPrizeWays", equalTo(11_750_538));
        given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("""
                        {"draws": [{"date": "2024-03-01", "numbers": [50, 1, 22, 13, 4], "bonus": [12, 1]}]}""")
                .post("/api/v2/draws/euromillions")
                .then()
                .statusCode(200)
                .body("totalDraws", equalTo(1));
        given().get("/api/v2/pattern-analysis/euromillions")
                .then()
                .statusCode(200)
                .body("totalAnalyzedDraws", equalTo(1))
                .body("bonusNumbers.size()", equalTo(12))
                .body("bonusNumbers[11].frequency", equalTo(1))
                .body("fairness.bonusNumbers.interpretation", org.hamcrest.Matchers.startsWith(
                        "Chi-square of bonus numbers"));
        given().get("/api/v2/draws/euromillions")
                .then()
                .statusCode(200)
                .body("draws[0].bonus", org.hamcrest.Matchers.contains(1, 12));
        // Generation: tickets with their bonus numbers, the set's exact evaluation, and the session keeps them.
        String sessionId = given().contentType("application/json")
                .body("""
                        {"lotteryType": "euromillions", "targetTier": "tier2+1", "numberOfTickets": 3,
                         "strategy": "conservative", "seed": 11}""")
                .post("/api/v2/generate-tickets")
                .then()
                .statusCode(200)
                .body("tickets.size()", equalTo(3))
                .body("tickets[0].bonusNumbers.size()", equalTo(2))
                .body("generation.targetTier", equalTo("tier2+1"))
                .body("evaluation.totalDraws", equalTo(139_838_160))
                .extract()
                .path("sessionId");
        given().get("/api/v2/sessions/" + sessionId + "/export?format=csv")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.startsWith("index,numbers,bonusNumbers,"));
        // The backtest's packed tier counts and convolutions, natively: the jackpot on the one stored draw.
        given().contentType("application/json")
                .body("""
                        {"lotteryType": "euromillions", "tickets": [[1, 4, 13, 22, 50], [5, 6, 7, 8, 9]],
                         "bonus": [[1, 12], [2, 3]]}""")
                .post("/api/v2/backtest")
                .then()
                .statusCode(200)
                .body("draws", equalTo(1))
                .body("tiers.size()", equalTo(13))
                .body("tiers[0].tier", equalTo("5+2"))
                .body("tiers[0].winningTickets", equalTo(1))
                .body("drawsWithWin.observed", equalTo(1))
                .body("topWins[0].bonusNumbers", org.hamcrest.Matchers.contains(1, 12));
        given().contentType("application/json")
                .body("""
                        {"sessionId": "%s"}""".formatted(sessionId))
                .post("/api/v2/backtest")
                .then()
                .statusCode(200)
                .body("tickets", equalTo(3));
    }
}
