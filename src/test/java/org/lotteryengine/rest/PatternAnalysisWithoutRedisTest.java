package org.lotteryengine.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lotteryengine.support.Management;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * With Redis unreachable, imports and the pattern analysis still answer (computed, not cached); readiness says
 * Redis is down.
 */
@QuarkusTest
@TestProfile(PatternAnalysisWithoutRedisTest.NoRedis.class)
class PatternAnalysisWithoutRedisTest {

    /** Points Redis at a port where nothing listens; three generations per client (counted in memory). */
    public static class NoRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.redis.hosts", "redis://127.0.0.1:9", "quarkus.redis.timeout", "1s",
                    "lottery.rate-limits.generation-requests", "3");
        }
    }

    @Test
    void analysisAnswersWithoutTheCache() {
        Management.given()
                .when()
                .get("/q/health/ready")
                .then()
                .statusCode(503)
                .body("checks.find { it.name == 'redis' }.status", equalTo("DOWN"));
        String game = TestGames.create535("no-redis");
        DrawResourceTest.importCsv(game, "draw_date,n1,n2,n3,n4,n5\n2020-01-01,1,2,3,4,5\n2020-01-02,6,7,8,9,10\n",
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
