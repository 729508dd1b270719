package org.lotteryengine.draws.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;
import org.lotteryengine.support.ApiCalls;
import org.lotteryengine.support.Management;
import org.lotteryengine.support.NoRedisProfile;
import org.lotteryengine.support.TestGames;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * With Redis unreachable, imports and the pattern analysis still answer (computed, not cached); readiness says
 * Redis is down.
 */
@QuarkusTest
@TestProfile(NoRedisProfile.class)
class PatternAnalysisWithoutRedisTest {

    @Test
    void analysisAnswersWithoutTheCache() {
        Management.given()
                .when()
                .get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'redis' }.status", equalTo("DOWN"));
        String game = TestGames.create535("no-redis");
        ApiCalls.importCsv(game, "draw_date,n1,n2,n3,n4,n5\n2020-01-01,1,2,3,4,5\n2020-01-02,6,7,8,9,10\n",
                false)
                .then()
                .statusCode(200)
                .body("stored", equalTo(2));
        given().when()
                .get("/api/v2/pattern-analysis/" + game)
                .then()
                .statusCode(200)
                .body("totalAnalyzedDraws", equalTo(2))
                .body("patterns.pattern", hasItem("01223"));
    }
}
