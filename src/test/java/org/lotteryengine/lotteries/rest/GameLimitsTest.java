package org.lotteryengine.lotteries.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lotteryengine.support.ApiCalls;
import org.lotteryengine.support.TestClients;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Shared data is bounded: the number of games, the size of a game, and the draws a game holds are capped in
 * configuration (100 games of 10-of-64 once added 350 MB to Redis).
 */
@QuarkusTest
@TestProfile(GameLimitsTest.SmallCaps.class)
class GameLimitsTest {

    /** The five seeded games and one more; games up to 400,000 draws; three draws per game. */
    public static class SmallCaps implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lottery.games.max-count", "6", "lottery.games.max-possible-draws", "400000",
                    "lottery.draws.max-per-game", "3");
        }
    }

    @Test
    void gamesBeyondTheCountOrTheSizeAreRefusedWithTheLimit() {
        Response tooLarge = create("too-large", 49, 6);
        ApiCalls.assertError(tooLarge.then()
                .extract(), 400, "INVALID_LOTTERY_CONFIG", 4005,
                "this game has 13,983,816 possible draws; games of at most 400,000 are accepted");
        // A bonus game's evaluation enumerates its main draws and counts the bonus cases per main draw.
        Response bonusTooLarge = given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("""
                        {"id": "big-bonus", "name": "big bonus", "numberRange": {"min": 1, "max": 69}, "drawSize": 5,
                         "ticketPrice": 2, "bonus": {"drum": "separate", "numberRange": {"min": 1, "max": 26}},
                         "bonusTiers": [{"mainMatches": 5, "bonusMatches": 1, "prizeType": "pari_mutuel"}]}""")
                .post("/api/v2/lotteries");
        ApiCalls.assertError(bonusTooLarge.then()
                .extract(), 400, "INVALID_LOTTERY_CONFIG", 4005,
                "this game has 11,238,513 main draws; games of at most 400,000 are accepted");
        create("fourth", 35, 5).then()
                .statusCode(201);
        Response fifth = create("fifth", 35, 5);
        ApiCalls.assertError(fifth.then()
                .extract(), 400, "INVALID_LOTTERY_CONFIG", 4005,
                "the service holds the most games allowed (6); an administrator can delete one");
        assertThat(fifth.jsonPath()
                .getInt("details.maximum")).isEqualTo(6);
    }

    @Test
    void drawsBeyondTheCapOfAGameAreRejectedRowByRow() {
        Response answer = given().header(TestClients.ADMIN).contentType("text/csv")
                .body("""
                        draw_date,n1,n2,n3,n4,n5
                        2020-01-01,1,2,3,4,5
                        2020-01-02,1,2,3,4,6
                        2020-01-03,1,2,3,4,7
                        2020-01-04,1,2,3,4,8
                        2020-01-05,1,2,3,4,9
                        """)
                .post("/api/v2/draws/5-35");
        assertThat(answer.statusCode()).as(answer.asString())
                .isEqualTo(200);
        assertThat(answer.jsonPath()
                .getInt("stored")).isEqualTo(3);
        assertThat(answer.jsonPath()
                .getList("rejected.line", Integer.class)).containsExactly(5, 6);
        assertThat(answer.jsonPath()
                .getList("rejected.reason", String.class)).containsOnly("the game holds the most draws allowed (3)");
        assertThat(answer.jsonPath()
                .getInt("totalDraws")).isEqualTo(3);
    }

    private static Response create(String id, int max, int drawSize) {
        return given().header(TestClients.ADMIN).contentType("application/json")
                .body("""
                        {"id": "%s", "name": "%s", "numberRange": {"min": 1, "max": %d}, "drawSize": %d,
                         "ticketPrice": 1, "prizeStructure": {"tier3": {"prizeType": "fixed", "prize": 15}}}"""
                        .formatted(id, id, max, drawSize))
                .post("/api/v2/lotteries");
    }
}
