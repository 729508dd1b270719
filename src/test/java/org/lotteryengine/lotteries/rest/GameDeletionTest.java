package org.lotteryengine.lotteries.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lotteryengine.support.ApiCalls;
import org.lotteryengine.support.TestClients;
import org.lotteryengine.support.TestGames;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Administrators delete games: once there was no way to remove the games anyone could create.
 */
@QuarkusTest
class GameDeletionTest {

    @Test
    void anAdministratorDeletesAGameWithEverythingOfItAndItCanBeCreatedAfresh() {
        String game = TestGames.create535("deleted");
        given().header(TestClients.ADMIN)
                .contentType("text/csv")
                .body("draw_date,n1,n2,n3,n4,n5\n2024-01-02,1,2,3,4,5\n2024-01-03,6,7,8,9,10\n")
                .post("/api/v2/draws/" + game)
                .then()
                .statusCode(200);
        String sessionId = given().contentType("application/json")
                .body("""
                        {"targetTier": "tier4", "numberOfTickets": 5, "strategy": "balanced", "lotteryType": "%s"}"""
                        .formatted(game))
                .post("/api/v2/generate-tickets")
                .then()
                .statusCode(200)
                .extract()
                .path("sessionId");

        given().delete("/api/v2/lotteries/" + game)
                .then()
                .statusCode(401);
        given().header("X-API-Key", TestClients.issueKey("not-admin", null, "write-draws"))
                .delete("/api/v2/lotteries/" + game)
                .then()
                .statusCode(403);
        ExtractableResponse<Response> inUse = given().header(TestClients.ADMIN)
                .delete("/api/v2/lotteries/" + game)
                .then()
                .extract();
        ApiCalls.assertError(inUse, 409, "GAME_IN_USE", 4093,
                game + " has 1 stored sessions; ?force=true deletes them with the game");

        given().header(TestClients.ADMIN)
                .queryParam("force", true)
                .delete("/api/v2/lotteries/" + game)
                .then()
                .statusCode(204);
        given().get("/api/v2/lotteries/" + game)
                .then()
                .statusCode(404);
        given().get("/api/v2/draws/" + game)
                .then()
                .statusCode(404);
        given().get("/api/v2/sessions/" + sessionId)
                .then()
                .statusCode(404);
        given().header(TestClients.ADMIN)
                .delete("/api/v2/lotteries/" + game)
                .then()
                .statusCode(404);

        // Created again under the same id, it has none of the old game's draws or analysis.
        given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("""
                        {"id": "%s", "name": "%s", "numberRange": {"min": 1, "max": 35}, "drawSize": 5,
                         "ticketPrice": 1, "prizeStructure": {"tier3": {"prizeType": "fixed", "prize": 15}}}"""
                        .formatted(game, game))
                .post("/api/v2/lotteries")
                .then()
                .statusCode(201);
        assertThat(given().get("/api/v2/draws/" + game)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("draws")).isEmpty();
        assertThat(given().get("/api/v2/pattern-analysis/" + game)
                .then()
                .statusCode(200)
                .extract()
                .asString()).doesNotContain("2024-01-03");
    }
}
