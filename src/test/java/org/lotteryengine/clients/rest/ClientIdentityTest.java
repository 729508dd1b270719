package org.lotteryengine.clients.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.lotteryengine.support.ApiCalls;
import org.lotteryengine.support.TestClients;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Who may do what, each check reproducing an attack on landed main first: any client could create games and write
 * the real draw histories; anyone holding a session id could read, cancel or delete the session.
 */
@QuarkusTest
class ClientIdentityTest {

    private static final String GAME = """
            {"id": "%s", "name": "%s", "numberRange": {"min": 1, "max": 35}, "drawSize": 5, "ticketPrice": 1,
             "prizeStructure": {"tier3": {"prizeType": "fixed", "prize": 15}}}""";
    private static final String DRAW = "draw_date,n1,n2,n3,n4,n5\n2020-01-01,1,2,3,4,5\n";

    @Test
    void sharedDataIsWrittenOnlyWithTheScopeItNeeds() {
        String generateOnly = TestClients.issueKey("reader", null, "generate");
        String drawWriter = TestClients.issueKey("draw-writer", null, "write-draws");
        String game = "scoped-" + System.nanoTime();

        // Creating a game: anonymous 401, a key without admin 403, the admin token 201.
        ApiCalls.assertError(createGame(given(), game), 401, "UNAUTHORIZED", 4010,
                "This endpoint needs an API key (X-API-Key) with the scope 'admin'");
        ApiCalls.assertError(createGame(given().header("X-API-Key", drawWriter), game), 403,
                "INSUFFICIENT_SCOPE", 4031, "The API key 'draw-writer' lacks the scope 'admin' this endpoint needs");
        assertThat(createGame(given().header(TestClients.ADMIN), game).statusCode()).isEqualTo(201);

        // Importing draws, into a new game or a real history: write-draws only.
        for (String target : List.of(game, "tx-cash-five-5-35")) {
            ApiCalls.assertError(importDraws(given(), target), 401, "UNAUTHORIZED", 4010,
                    "This endpoint needs an API key (X-API-Key) with the scope 'write-draws'");
            ApiCalls.assertError(importDraws(given().header("X-API-Key", generateOnly), target), 403,
                    "INSUFFICIENT_SCOPE", 4031,
                    "The API key 'reader' lacks the scope 'write-draws' this endpoint needs");
        }
        assertThat(importDraws(given().header("X-API-Key", drawWriter), game).statusCode()).isEqualTo(200);

        String drawId = given().get("/api/v2/draws/" + game)
                .then()
                .statusCode(200)
                .extract()
                .path("draws[0].id");
        given().delete("/api/v2/draws/" + game + "/" + drawId)
                .then()
                .statusCode(401);
        given().header("X-API-Key", generateOnly)
                .delete("/api/v2/draws/" + game + "/" + drawId)
                .then()
                .statusCode(403);
        given().header("X-API-Key", drawWriter)
                .delete("/api/v2/draws/" + game + "/" + drawId)
                .then()
                .statusCode(204);
        // Reading stays open to everyone.
        given().get("/api/v2/lotteries/" + game)
                .then()
                .statusCode(200);
    }

    @Test
    void aSessionExistsOnlyForItsCreatorAndAdministrators() {
        String owner = TestClients.issueKey("owner", null, "generate");
        String other = TestClients.issueKey("other", null, "generate", "write-draws");
        String sessionId = given().header("X-API-Key", owner)
                .contentType("application/json")
                .body("""
                        {"targetTier": "tier4", "numberOfTickets": 5, "strategy": "balanced", "lotteryType": "5/35"}""")
                .post("/api/v2/generate-tickets")
                .then()
                .statusCode(200)
                .extract()
                .path("sessionId");
        String session = "/api/v2/sessions/" + sessionId;

        // To another key, and to an anonymous client, the session does not exist: the same 404 as an unknown id.
        List<Supplier<RequestSpecification>> strangers = List.of(() -> given().header("X-API-Key", other),
                RestAssured::given);
        for (Supplier<RequestSpecification> stranger : strangers) {
            List<ExtractableResponse<Response>> answers = List.of(stranger.get()
                    .get(session)
                    .then()
                    .extract(),
                    stranger.get()
                            .get(session + "/export?format=csv")
                            .then()
                            .extract(),
                    stranger.get()
                            .post(session + "/cancel")
                            .then()
                            .extract(),
                    stranger.get()
                            .contentType("application/json")
                            .body("{\"additionalTime\": 1000}")
                            .post(session + "/extend")
                            .then()
                            .extract(),
                    stranger.get()
                            .get("/api/v2/generation-status/" + sessionId)
                            .then()
                            .extract(),
                    stranger.get()
                            .delete(session)
                            .then()
                            .extract());
            for (ExtractableResponse<Response> answer : answers) {
                ApiCalls.assertError(answer, 404, "SESSION_NOT_FOUND", 4041, "No session with id "
                        + sessionId);
            }
        }
        given().header("X-API-Key", owner)
                .get(session)
                .then()
                .statusCode(200)
                .body("sessionStatus", equalTo("completed"));
        given().header(TestClients.ADMIN)
                .get(session)
                .then()
                .statusCode(200);
        given().header("X-API-Key", owner)
                .delete(session)
                .then()
                .statusCode(204);
    }

    @Test
    void aRevokedKeyIsRefusedAndKeysAreListedWithoutTheirSecrets() {
        ExtractableResponse<Response> issued = given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("""
                        {"name": "short-lived", "scopes": ["generate"], "limits": {"apiRequests": 50}}""")
                .post("/api/v2/admin/api-keys")
                .then()
                .statusCode(201)
                .extract();
        String id = issued.path("id");
        String secret = issued.path("key");
        assertThat(secret).startsWith("lek_")
                .hasSize(36);
        assertThat(issued.header("Location")).endsWith("/api/v2/admin/api-keys/" + id);
        assertThat(issued.jsonPath()
                .getList("scopes")).containsExactly("generate");
        assertThat(issued.jsonPath()
                .getInt("limits.apiRequests")).isEqualTo(50);
        given().header("X-API-Key", secret)
                .get("/api/v2/lotteries/5-35")
                .then()
                .statusCode(200);

        String listed = given().header(TestClients.ADMIN)
                .get("/api/v2/admin/api-keys")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(listed).contains(id)
                .doesNotContain(secret)
                .doesNotContain("\"key\"");

        given().header(TestClients.ADMIN)
                .delete("/api/v2/admin/api-keys/" + id)
                .then()
                .statusCode(200)
                .body("revokedAt", org.hamcrest.Matchers.notNullValue());
        ApiCalls.assertError(given().header("X-API-Key", secret)
                .get("/api/v2/lotteries/5-35")
                .then()
                .extract(), 401, "UNAUTHORIZED", 4010,
                "Unknown or revoked API key (X-API-Key); send none to be served as an anonymous client");
        given().header(TestClients.ADMIN)
                .delete("/api/v2/admin/api-keys/00000000-0000-4000-8000-000000000000")
                .then()
                .statusCode(404);
    }

    @Test
    void keysAreIssuedOnlyWithValidNamesScopesAndLimits() {
        Map<String, String> refused = Map.of("""
                {"name": "", "scopes": ["generate"]}""", "name must be 1 to 100 characters without control characters",
                """
                        {"name": "x", "scopes": []}""", "scopes must name at least one of [generate, write-draws, admin]",
                """
                        {"name": "x", "scopes": ["root"]}""", "Unknown scope 'root'; scopes are [generate, write-draws, admin]",
                """
                        {"name": "x", "scopes": ["generate"], "limits": {"generationRequests": 0}}""",
                "limits.generationRequests must be between 1 and 1000000000, got 0");
        refused.forEach((body, message) -> ApiCalls.assertError(given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body(body)
                .post("/api/v2/admin/api-keys")
                .then()
                .extract(), 400, "INVALID_REQUEST", 4000, message));
        // Only administrators issue keys.
        String generateOnly = TestClients.issueKey("no-admin", null, "generate");
        given().header("X-API-Key", generateOnly)
                .contentType("application/json")
                .body("{\"name\": \"escalation\", \"scopes\": [\"admin\"]}")
                .post("/api/v2/admin/api-keys")
                .then()
                .statusCode(403);
    }

    private static ExtractableResponse<Response> createGame(RequestSpecification request, String id) {
        return request.contentType("application/json")
                .body(GAME.formatted(id, id))
                .post("/api/v2/lotteries")
                .then()
                .extract();
    }

    private static ExtractableResponse<Response> importDraws(RequestSpecification request, String game) {
        return request.contentType("text/csv")
                .body(DRAW)
                .post("/api/v2/draws/" + game)
                .then()
                .extract();
    }
}
