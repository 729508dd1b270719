package org.lotteryengine.support;

import static io.restassured.RestAssured.given;

/**
 * Fresh games for tests that must not share draws with others.
 */
public final class TestGames {

    private TestGames() {
    }

    /** Creates a 5-of-1..35 game with the spec's prizes and returns its id. */
    public static String create535(String purpose) {
        String id = purpose + "-" + System.nanoTime();
        given().header(TestClients.ADMIN).contentType("application/json")
                .body("""
                        {"id": "%s", "name": "%s", "numberRange": {"min": 1, "max": 35}, "drawSize": 5,
                         "ticketPrice": 1, "prizeStructure": {"tier3": {"prizeType": "fixed", "prize": 15},
                         "tier4": {"prizeType": "fixed", "prize": 500}, "tier5": {"prizeType": "fixed", "prize": 100000}}}
                        """.formatted(id, id))
                .when()
                .post("/api/v2/lotteries")
                .then()
                .statusCode(201);
        return id;
    }

    /** Creates a game with Powerball's matrix and prize chart (5 of 1..69 and 1 of 1..26, $2) and returns its id. */
    public static String createPowerball(String purpose) {
        String id = purpose + "-" + System.nanoTime();
        given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("""
                        {"id": "%s", "name": "%s", "numberRange": {"min": 1, "max": 69}, "drawSize": 5,
                         "ticketPrice": 2.00, "bonus": {"drum": "separate", "numberRange": {"min": 1, "max": 26},
                         "drawSize": 1},
                         "bonusTiers": [{"mainMatches": 5, "bonusMatches": 1, "prizeType": "pari_mutuel"},
                          {"mainMatches": 5, "bonusMatches": 0, "prizeType": "fixed", "prize": 1000000},
                          {"mainMatches": 4, "bonusMatches": 1, "prizeType": "fixed", "prize": 50000},
                          {"mainMatches": 4, "bonusMatches": 0, "prizeType": "fixed", "prize": 100},
                          {"mainMatches": 3, "bonusMatches": 1, "prizeType": "fixed", "prize": 100},
                          {"mainMatches": 3, "bonusMatches": 0, "prizeType": "fixed", "prize": 7},
                          {"mainMatches": 2, "bonusMatches": 1, "prizeType": "fixed", "prize": 7},
                          {"mainMatches": 1, "bonusMatches": 1, "prizeType": "fixed", "prize": 4},
                          {"mainMatches": 0, "bonusMatches": 1, "prizeType": "fixed", "prize": 4}]}"""
                        .formatted(id, id))
                .when()
                .post("/api/v2/lotteries")
                .then()
                .statusCode(201);
        return id;
    }
}
