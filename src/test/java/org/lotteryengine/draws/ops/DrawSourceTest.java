package org.lotteryengine.draws.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lotteryengine.draws.health.PatternDataFreshnessCheck;
import org.lotteryengine.support.ApiCalls;
import org.lotteryengine.support.Await;
import org.lotteryengine.support.Management;
import org.lotteryengine.support.MetricsScrape;
import org.lotteryengine.support.TestClients;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Draw sources against a server this test starts on the loopback interface (the %test sources of
 * application.properties point at it): new draws, duplicates, a 500, a timeout, garbage and a body too large, then the
 * recovery that the wellness check and the metrics follow.
 */
@QuarkusTest
class DrawSourceTest {

    private static final int PORT = 18765;
    private static final String CSV = """
            Draw Date,Draw No,Ball 1,Ball 2,Ball 3,Ball 4,Ball 5
            2025-03-01,101,5,16,23,28,34
            2025-03-03,102,1,2,3,4,5
            2025-03-04,103,7,11,19,26,33
            2025-03-05,104,7,11,19,26,36
            """;
    private static final String JSON = """
            {"data": {"draws": [{"date": "2025-04-01", "id": 7, "numbers": [3, 9, 14, 27, 31]},
                                {"date": "2025-04-02", "id": 8, "numbers": [1, 2, 3, 4, 5]}]}}""";

    /** What the server answers; volatile: its threads read what the test sets. */
    private static volatile Mode mode = Mode.CSV;
    private static volatile CountDownLatch slowAnswer = new CountDownLatch(0);
    private static HttpServer server;

    private enum Mode {
        CSV,
        JSON,
        ERROR,
        SLOW,
        GARBAGE,
        HUGE
    }

    @BeforeAll
    static void startSource() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", DrawSourceTest::answer);
        server.start();
    }

    @AfterAll
    static void stopSource() {
        slowAnswer.countDown();
        server.stop(0);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            switch (mode) {
                case CSV -> send(exchange, 200, CSV, false);
                // The JSON feed wants its configured API key, as a paid feed would.
                case JSON -> send(exchange, "Bearer feed-token".equals(exchange.getRequestHeaders()
                        .getFirst("Authorization")) ? 200 : 401, JSON, false);
                case ERROR -> send(exchange, 500, "upstream broke", false);
                case SLOW -> {
                    try {
                        // Longer than the source's 0.5 s timeout; released at the end of the test.
                        slowAnswer.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread()
                                .interrupt();
                    }
                    send(exchange, 200, CSV, false);
                }
                case GARBAGE -> send(exchange, 200, "<html><body>Service moved</body></html>", false);
                // Chunked, with no length announced: the client must cut it off as it streams.
                case HUGE -> send(exchange, 200, CSV + "2025-03-06,105,1,2,3,4,6\n".repeat(400), true);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String body, boolean chunked) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, chunked ? 0 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // The client hung up (a body too large, a timeout): expected.
        }
    }

    @Test
    void aCsvSourceImportsNewDrawsSkipsDuplicatesAndSurvivesEveryFailure() {
        game("source-csv");
        mode = Mode.CSV;
        JsonPath first = fetch("source-csv");
        assertThat(first.getString("outcome")).isEqualTo("success");
        assertThat(first.getInt("attempts")).isEqualTo(1);
        assertThat(first.getInt("rowsRead")).isEqualTo(4);
        // Another test of this class may have fetched the source first: together the two counts are the valid rows.
        assertThat(first.getInt("stored") + first.getInt("alreadyStored")).isEqualTo(3);
        assertThat(first.getList("rejected")).containsExactly("line 5: 36 is not a number of this game (1..35)");
        assertThat(storedDraws("source-csv")).isEqualTo(3);

        JsonPath again = fetch("source-csv");
        assertThat(again.getInt("stored")).isZero();
        assertThat(again.getInt("alreadyStored")).isEqualTo(3);

        mode = Mode.ERROR;
        JsonPath error = fetch("source-csv");
        assertThat(error.getString("outcome")).isEqualTo("http_error");
        assertThat(error.getString("message")).isEqualTo("HTTP 500");
        // One retry after a 5xx (retries=1).
        assertThat(error.getInt("attempts")).isEqualTo(2);
        assertThat(storedDraws("source-csv")).isEqualTo(3);
        JsonPath down = awaitWellness("DOWN");
        assertThat(down.getString("checks.find { it.name == 'pattern-data' }.data.failing_sources")).contains(
                "source-csv");
        assertThat(down.getString("checks.find { it.name == 'pattern-data' }.data.'source source-csv'")).isEqualTo(
                "http_error, 1 in a row: HTTP 500");
        // Generation goes on with the stored draws.
        assertThat(ApiCalls.generate("""
                {"targetTier": "tier3", "numberOfTickets": 3, "strategy": "balanced", "lotteryType": "source-csv"}""")
                .statusCode()).isEqualTo(200);

        mode = Mode.SLOW;
        slowAnswer = new CountDownLatch(1);
        long started = System.nanoTime();
        JsonPath timeout = fetch("source-csv");
        slowAnswer.countDown();
        assertThat(timeout.getString("outcome")).isEqualTo("timeout");
        assertThat(timeout.getInt("attempts")).isEqualTo(2);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(4));

        mode = Mode.GARBAGE;
        JsonPath garbage = fetch("source-csv");
        assertThat(garbage.getString("outcome")).isEqualTo("invalid");
        assertThat(garbage.getInt("attempts")).isEqualTo(1);
        assertThat(garbage.getString("message")).startsWith("the CSV has no column Draw Date");

        mode = Mode.HUGE;
        JsonPath huge = fetch("source-csv");
        assertThat(huge.getString("outcome")).isEqualTo("too_large");
        assertThat(huge.getString("message")).isEqualTo("the body is larger than 4096 bytes");
        assertThat(storedDraws("source-csv")).isEqualTo(3);

        JsonPath listed = given().header(TestClients.ADMIN)
                .get("/api/v2/admin/draw-sources")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(listed.getString("find { it.lotteryId == 'source-csv' }.state.lastOutcome")).isEqualTo(
                "too_large");
        assertThat(listed.getInt("find { it.lotteryId == 'source-csv' }.state.failuresInARow")).isEqualTo(4);
        assertThat(listed.getString("find { it.lotteryId == 'source-csv' }.every")).isEqualTo("PT6H");

        String metrics = MetricsScrape.scrape();
        for (String outcome : List.of("success", "http_error", "timeout", "invalid", "too_large")) {
            assertThat(metrics).containsPattern("draw_source_fetch_total\\{[^}]*lottery=\"source-csv\"[^}]*outcome=\""
                    + outcome + "\"[^}]*} [1-9]");
        }
        assertThat(metrics).containsPattern(
                "draw_source_last_success_timestamp_seconds\\{[^}]*lottery=\"source-csv\"[^}]*} 1\\.[0-9]+E9");

        // Recovery: the next success clears the failing source from the wellness check.
        mode = Mode.CSV;
        assertThat(fetch("source-csv").getString("outcome")).isEqualTo("success");
        JsonPath recovered = Await.until(Duration.ofSeconds(20), () -> JsonPath.from(Management.given()
                .get("/q/health/well")
                .asString()),
                json -> json.getString(
                        "checks.find { it.name == 'pattern-data' }.data.failing_sources") == null,
                "no failing source");
        assertThat(recovered.getString("checks.find { it.name == 'pattern-data' }.data.'source source-csv'"))
                .isNull();
    }

    @Test
    void aJsonSourceIsReadByItsFieldMapping() {
        game("source-json");
        mode = Mode.JSON;
        JsonPath fetched = fetch("source-json");
        assertThat(fetched.getString("outcome")).isEqualTo("success");
        assertThat(fetched.getInt("stored") + fetched.getInt("alreadyStored")).isEqualTo(2);
        JsonPath page = given().get("/api/v2/draws/source-json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(page.getList("draws.drawNumber")).contains(7, 8);
    }

    @Test
    @SuppressWarnings("unchecked")
    void oneFetchOfAGameRunsAtATimeAndAnUnconfiguredGameIsRefused() throws Exception {
        game("source-csv");
        mode = Mode.SLOW;
        slowAnswer = new CountDownLatch(1);
        // Two fetches at once: one takes the lease and waits on the slow source, the other is refused.
        CompletableFuture<ExtractableResponse<Response>> one = CompletableFuture.supplyAsync(
                DrawSourceTest::fetchAnswer);
        CompletableFuture<ExtractableResponse<Response>> other = CompletableFuture.supplyAsync(
                DrawSourceTest::fetchAnswer);
        ExtractableResponse<Response> refused = CompletableFuture.anyOf(one, other)
                .thenApply(done -> (ExtractableResponse<Response>) done)
                .get(10, TimeUnit.SECONDS);
        slowAnswer.countDown();
        ExtractableResponse<Response> a = one.get(10, TimeUnit.SECONDS);
        ExtractableResponse<Response> b = other.get(10, TimeUnit.SECONDS);
        assertThat(List.of(a.statusCode(), b.statusCode())).containsExactlyInAnyOrder(200, 409);
        assertThat(refused.statusCode()).isEqualTo(409);
        ApiCalls.assertError(a.statusCode() == 409 ? a : b, 409, "SOURCE_BUSY", 4094,
                "A fetch of source-csv's draw source is under way; its outcome will be in GET /api/v2/admin/draw-sources");
        mode = Mode.CSV;
        assertThat(fetch("source-csv").getString("outcome")).isEqualTo("success");

        ApiCalls.assertError(given().header(TestClients.ADMIN)
                .post("/api/v2/admin/draw-sources/5-35/fetch")
                .then()
                .extract(), 400, "INVALID_REQUEST", 4000,
                "No draw source is configured for 5-35; set lottery.draw-sources.games.\"<id>\".url");
        assertThat(given().post("/api/v2/admin/draw-sources/source-csv/fetch")
                .statusCode()).isEqualTo(401);
    }

    private static ExtractableResponse<Response> fetchAnswer() {
        return given().header(TestClients.ADMIN)
                .post("/api/v2/admin/draw-sources/source-csv/fetch")
                .then()
                .extract();
    }

    private static JsonPath fetch(String game) {
        return given().header(TestClients.ADMIN)
                .post("/api/v2/admin/draw-sources/" + game + "/fetch")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static int storedDraws(String game) {
        return given().get("/api/v2/draws/" + game + "?size=1")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }

    private static JsonPath awaitWellness(String status) {
        return JsonPath.from(Await.until(Duration.ofSeconds(20), () -> Management.given()
                .get("/q/health/well")
                .asString(),
                answer -> status.equals(JsonPath.from(answer)
                        .getString("checks.find { it.name == '" + PatternDataFreshnessCheck.NAME + "' }.status")),
                "pattern-data " + status));
    }

    /** The source's game, created once (a second creation is a 409). */
    private static void game(String id) {
        int status = given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("""
                        {"id": "%s", "name": "%s", "numberRange": {"min": 1, "max": 35}, "drawSize": 5,
                         "ticketPrice": 1, "prizeStructure": {"tier3": {"prizeType": "fixed", "prize": 15}}}"""
                        .formatted(id, id))
                .post("/api/v2/lotteries")
                .statusCode();
        assertThat(status).isIn(201, 409);
    }
}
