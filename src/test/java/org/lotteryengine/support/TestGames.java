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
}
