package org.lotteryengine.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The lottery endpoints, by id and by URL-encoded name, and their errors in the spec's body.
 */
@QuarkusTest
class LotteryConfigurationResourceTest {

    @Test
    void listsTheSeededGames() {
        given().when()
                .get("/api/v2/lotteries")
                .then()
                .statusCode(200)
                .body("id", contains("5-35", "tx-cash-5-5-37", "tx-cash-five-5-35"))
                .body("name", contains("5/35", "Texas Cash 5 5/37", "Texas Cash Five 5/35"));
    }

    @Test
    void getsAGameById() {
        given().when()
                .get("/api/v2/lotteries/tx-cash-five-5-35")
                .then()
                .statusCode(200)
                .body("name", equalTo("Texas Cash Five 5/35"))
                .body("numberRange.min", equalTo(1))
                .body("numberRange.max", equalTo(35))
                .body("drawSize", equalTo(5))
                .body("ticketPrice", equalTo(1.00f))
                .body("prizeStructure.keySet()", contains("tier2", "tier3", "tier4", "tier5"))
                .body("prizeStructure.tier2.prizeType", equalTo("free_ticket"))
                .body("prizeStructure.tier2.prize", equalTo(1.00f))
                .body("prizeStructure.tier4.prize", equalTo(350.00f))
                .body("prizeStructure.tier5.prize", equalTo(25000.00f));
    }

    @Test
    void getsAGameByItsUrlEncodedName() {
        given().urlEncodingEnabled(false)
                .when()
                .get("/api/v2/lotteries/5%2F35")
                .then()
                .statusCode(200)
                .body("id", equalTo("5-35"))
                .body("prizeStructure.tier5.prize", equalTo(100000.00f));
    }

    @Test
    void pariMutuelPrizesHaveNoAmount() {
        given().when()
                .get("/api/v2/lotteries/tx-cash-5-5-37")
                .then()
                .statusCode(200)
                .body("prizeStructure.tier3.prizeType", equalTo("pari_mutuel"))
                .body("prizeStructure.tier3.prize", nullValue());
    }

    @Test
    void anUnknownGameIs404WithTheSpecErrorBody() {
        given().urlEncodingEnabled(false)
                .when()
                .get("/api/v2/lotteries/6%2F49")
                .then()
                .statusCode(404)
                .contentType(containsString("application/json"))
                .body("error", equalTo("INVALID_LOTTERY_CONFIG"))
                .body("code", equalTo(4005))
                .body("message", equalTo("Unknown lottery type '6/49'"))
                .body("details.field", equalTo("lotteryType"))
                .body("details.provided", equalTo("6/49"))
                .body("details.allowed", containsInAnyOrder("5-35", "tx-cash-5-5-37", "tx-cash-five-5-35"));
    }

    @Test
    void anUnknownRouteIs404WithTheSpecErrorBody() {
        given().when()
                .get("/api/v2/no-such-thing")
                .then()
                .statusCode(404)
                .body("error", equalTo("NOT_FOUND"))
                .body("code", equalTo(4040));
    }

    @Test
    void aWrongMethodIs405WithTheSpecErrorBody() {
        given().when()
                .delete("/api/v2/lotteries")
                .then()
                .statusCode(405)
                .body("error", equalTo("METHOD_NOT_ALLOWED"))
                .body("code", equalTo(4050))
                .body(not(containsString("Exception")));
    }
}
