package org.lotteryengine.lotteries.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lotteryengine.support.PreciseJson;
import org.lotteryengine.support.TestClients;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The lottery endpoints, by id and by URL-encoded name, and their errors in the spec's body.
 */
@QuarkusTest
class LotteryConfigurationResourceTest {

    @BeforeAll
    static void preciseNumbers() {
        PreciseJson.enable();
    }

    @Test
    void listsTheSeededGames() {
        // Other tests may create games; the seeded ones are always there.
        given().when()
                .get("/api/v2/lotteries")
                .then()
                .statusCode(200)
                .body("id", hasItems("5-35", "tx-cash-5-5-37", "tx-cash-five-5-35"))
                .body("name", hasItems("5/35", "Texas Cash 5 5/37", "Texas Cash Five 5/35"));
    }

    @Test
    void everyGameShowsItsExactOdds() {
        // ../shared/spec/NOTES.md: 5/35 has 324,632 draws; 1, 150, 4,350 and 40,600 ways for 5, 4, 3, 2 matches.
        given().when()
                .get("/api/v2/lotteries/5-35")
                .then()
                .statusCode(200)
                .body("totalCombinations", equalTo(324_632))
                .body("patternCount", equalTo(56))
                .body("odds.tier", contains("tier5", "tier4", "tier3", "tier2", "tier1", "tier0"))
                .body("odds.ways", contains(1, 150, 4_350, 40_600, 137_025, 142_506))
                .body("odds[2].exact", equalTo("4350/324632"))
                .body("odds[2].probability", closeTo(0.0133998, 1e-7))
                .body("odds[2].oneIn", closeTo(74.628, 0.001))
                .body("odds[1].oneIn", closeTo(2164.21, 0.01))
                .body("odds[2].prize", equalTo(15.00))
                .body("odds[3].prize", nullValue())
                // 15 * 4,350 / 324,632 dollars per ticket from the 3-match prize.
                .body("odds[2].expectedValue", closeTo(65_250.0 / 324_632, 1e-12))
                // (15 * 4,350 + 500 * 150 + 100,000) / 324,632.
                .body("expectedValuePerTicket", closeTo(240_250.0 / 324_632, 1e-12))
                .body("returnToPlayer", closeTo(240_250.0 / 324_632, 1e-12))
                .body("hasPariMutuelPrizes", equalTo(false));
    }

    @Test
    void createsAGameAndServesItsExactOdds() {
        String id = "lotto-6-49-" + System.nanoTime();
        String body = """
                {"id": "%s", "name": "Lotto %s", "numberRange": {"min": 1, "max": 49}, "drawSize": 6,
                 "ticketPrice": 2.00, "currency": "EUR",
                 "prizeStructure": {"tier3": {"prizeType": "fixed", "prize": 10},
                                    "tier6": {"prizeType": "pari_mutuel", "description": "jackpot"}}}
                """.formatted(id, id);
        given().header(TestClients.ADMIN).contentType("application/json")
                .body(body)
                .when()
                .post("/api/v2/lotteries")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v2/lotteries/" + id))
                .body("id", equalTo(id))
                .body("totalCombinations", equalTo(13_983_816))
                .body("odds[3].ways", equalTo(246_820))
                .body("prizeStructure.tier6.prizeType", equalTo("pari_mutuel"))
                .body("hasPariMutuelPrizes", equalTo(true));
        given().when()
                .get("/api/v2/lotteries/" + id)
                .then()
                .statusCode(200)
                .body("currency", equalTo("EUR"))
                .body("prizeStructure.tier3.prize", equalTo(10.00));
        given().header(TestClients.ADMIN).contentType("application/json")
                .body(body)
                .when()
                .post("/api/v2/lotteries")
                .then()
                .statusCode(409)
                .body("error", equalTo("LOTTERY_CONFIG_EXISTS"))
                .body("details.field", equalTo("id"));
    }

    @Test
    void namesThatCouldPassForAnExistingGameAreRefused() {
        // A trailing space, a division slash (U+2215) for "/", full-width digits and a capital letter each made a
        // second "5/35" in the web UI's list.
        for (String lookalike : new String[] { "5/35 ", "5\u221535", "\uFF15/\uFF13\uFF15", " 5/35", "5\u2044" + "35" }) {
            Response refused = createNamed("lookalike-" + System.nanoTime(), lookalike);
            assertThat(refused.statusCode()).as(lookalike + ": " + refused.asString())
                    .isEqualTo(409);
            assertThat(refused.jsonPath()
                    .getString("error")).isEqualTo("LOTTERY_CONFIG_EXISTS");
            assertThat(refused.jsonPath()
                    .getString("details.field")).isEqualTo("name");
        }
        Response confusable = createNamed("lookalike-" + System.nanoTime(), "5\u221535");
        assertThat(confusable.jsonPath()
                .getString("message")).isEqualTo("The name '5\u221535' could be mistaken for the existing lottery '5/35'");
        assertThat(confusable.jsonPath()
                .getString("details.confusableWith")).isEqualTo("5/35");
    }

    @Test
    void namesAreStoredNormalisedAndInvisibleCharactersAreRefused() {
        String id = "normalised-" + System.nanoTime();
        // NFKC makes the full-width letters plain; the no-break and doubled spaces become one space; ends are trimmed.
        createNamed(id, "  \uFF2Eormalised\u00A0 " + id + " ").then()
                .statusCode(201)
                .body("name", equalTo("Normalised " + id));
        for (String hidden : new String[] { "5/35\u202E", "\u2066abc\u2069", "a\u200Bb", "a\u061Cb", "\u200F12" }) {
            Response refused = createNamed("hidden-" + System.nanoTime(), hidden);
            assertThat(refused.statusCode()).as(refused.asString())
                    .isEqualTo(400);
            assertThat(refused.jsonPath()
                    .getString("message")).startsWith("name must not contain invisible, control or bidirectional");
        }
    }

    private static Response createNamed(String id, String name) {
        return given().header(TestClients.ADMIN).contentType("application/json; charset=UTF-8")
                .body("""
                        {"id": "%s", "name": "%s", "numberRange": {"min": 1, "max": 35}, "drawSize": 5,
                         "ticketPrice": 1, "prizeStructure": {"tier3": {"prizeType": "fixed", "prize": 15}}}"""
                        .formatted(id, name))
                .post("/api/v2/lotteries");
    }

    @Test
    void amountsTheDatabaseCannotHoldAndNullPrizesAreRefused() {
        // Found by BadInputFuzzTest: each of these used to answer 500.
        for (String game : new String[] { """
                {"id": "dear", "name": "dear", "numberRange": {"min": 1, "max": 35}, "drawSize": 5,
                 "ticketPrice": 2147483647}""", """
                {"id": "null-prize", "name": "null prize", "numberRange": {"min": 1, "max": 35}, "drawSize": 5,
                 "ticketPrice": 1, "prizeStructure": {"tier3": null}}""", """
                {"id": "rich", "name": "rich", "numberRange": {"min": 1, "max": 35}, "drawSize": 5,
                 "ticketPrice": 1, "prizeStructure": {"tier3": {"prizeType": "fixed", "prize": 1e15}}}""", """
                {"id": "nul-name", "name": "a\u0000b", "numberRange": {"min": 1, "max": 35}, "drawSize": 5,
                 "ticketPrice": 1}""" }) {
            given().header(TestClients.ADMIN).contentType("application/json")
                    .body(game)
                    .when()
                    .post("/api/v2/lotteries")
                    .then()
                    .statusCode(400)
                    .body("error", equalTo("INVALID_REQUEST"));
        }
        given().get("/api/v2/lotteries/a%00b")
                .then()
                .statusCode(404)
                .body("error", equalTo("INVALID_LOTTERY_CONFIG"));
    }

    @Test
    void impossibleGamesAreRefusedWithTheReason() {
        given().header(TestClients.ADMIN).contentType("application/json")
                .body("""
                        {"id": "too-many", "name": "too many", "numberRange": {"min": 1, "max": 80}, "drawSize": 5,
                         "ticketPrice": 1}
                        """)
                .when()
                .post("/api/v2/lotteries")
                .then()
                .statusCode(400)
                .body("error", equalTo("INVALID_LOTTERY_CONFIG"))
                .body("code", equalTo(4005))
                .body("message", equalTo("the largest number must be at most 64, got 80"));
        given().header(TestClients.ADMIN).contentType("application/json")
                .body("""
                        {"id": "six-of-five", "name": "six of five", "numberRange": {"min": 1, "max": 35},
                         "drawSize": 5, "ticketPrice": 1, "prizeStructure": {"tier6": {"prizeType": "fixed", "prize": 1}}}
                        """)
                .when()
                .post("/api/v2/lotteries")
                .then()
                .statusCode(400)
                .body("message", equalTo("a prize for 6 matches is impossible when 5 numbers are drawn"));
        given().header(TestClients.ADMIN).contentType("application/json")
                .body("""
                        {"id": "Bad Id", "name": "x", "numberRange": {"min": 1, "max": 35}, "drawSize": 5, "ticketPrice": 1}
                        """)
                .when()
                .post("/api/v2/lotteries")
                .then()
                .statusCode(400)
                .body("error", equalTo("INVALID_REQUEST"))
                .body("details.violations[0].field", equalTo("request.id"))
                .body(not(containsString("Exception")));
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
                .body("ticketPrice", equalTo(1.00))
                .body("prizeStructure.keySet()", contains("tier2", "tier3", "tier4", "tier5"))
                .body("prizeStructure.tier2.prizeType", equalTo("free_ticket"))
                .body("prizeStructure.tier2.prize", equalTo(1.00))
                .body("prizeStructure.tier4.prize", equalTo(350.00))
                .body("prizeStructure.tier5.prize", equalTo(25000.00));
    }

    @Test
    void getsAGameByItsUrlEncodedName() {
        given().urlEncodingEnabled(false)
                .when()
                .get("/api/v2/lotteries/5%2F35")
                .then()
                .statusCode(200)
                .body("id", equalTo("5-35"))
                .body("prizeStructure.tier5.prize", equalTo(100000.00));
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
                // A pointer to the list, never the list: the body must not grow with the number of games.
                .body("details.games", equalTo("/api/v2/lotteries"))
                .body("details.allowed", nullValue());
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
        given().header(TestClients.ADMIN).when()
                .delete("/api/v2/lotteries")
                .then()
                .statusCode(405)
                .header("Allow", "GET, HEAD, OPTIONS, POST")
                .body("error", equalTo("METHOD_NOT_ALLOWED"))
                .body("code", equalTo(4050))
                .body("details.allowed", equalTo(List.of("GET", "HEAD", "OPTIONS", "POST")))
                .body(not(containsString("Exception")));
        // A path with a parameter, and one whose class answers other methods on other paths.
        given().when()
                .put("/api/v2/sessions/" + UUID.randomUUID() + "/cancel")
                .then()
                .statusCode(405)
                .body("details.allowed", equalTo(List.of("OPTIONS", "POST")));
        given().when()
                .post("/api/v2/lotteries/5-35")
                .then()
                .statusCode(405)
                .body("details.allowed", equalTo(List.of("DELETE", "GET", "HEAD", "OPTIONS")));
    }
}
