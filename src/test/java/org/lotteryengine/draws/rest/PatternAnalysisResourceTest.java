package org.lotteryengine.draws.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lotteryengine.support.ApiCalls;
import org.lotteryengine.support.PreciseJson;
import org.lotteryengine.support.SharedData;
import org.lotteryengine.support.TestGames;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The pattern analysis and validation of the real Texas 5/35 history.
 */
@QuarkusTest
class PatternAnalysisResourceTest {

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void preciseNumbers() {
        PreciseJson.enable();
    }

    private static void importTexas() throws IOException {
        ApiCalls.importCsv("tx-cash-five-5-35", Files.readString(SharedData.file(SharedData.TEXAS_5_35)), false)
                .then()
                .statusCode(200)
                .body("totalDraws", equalTo(1_035));
    }

    @Test
    void theTexasAnalysisTellsTheTruth() throws IOException {
        importTexas();
        Response response = given().when()
                .get("/api/v2/pattern-analysis/tx-cash-five-5-35");
        response.then()
                .statusCode(200)
                .body("lotteryId", equalTo("tx-cash-five-5-35"))
                .body("source", equalTo("observed"))
                .body("totalAnalyzedDraws", equalTo(1_035))
                .body("firstDrawDate", equalTo("2018-09-24"))
                .body("lastDrawDate", equalTo("2022-01-12"))
                .body("patternGroups.hot.totalPatterns", equalTo(6))
                .body("patternGroups.hot.preferenceWeight", equalTo(2.11))
                .body("patternGroups.warm.preferenceWeight", equalTo(1.5))
                .body("patternGroups.hot.efficiency.consistentWithNoEffect", equalTo(true))
                .body("patternGroups.hot.efficiency.low", lessThan(1.0))
                .body("patternGroups.hot.efficiency.high", greaterThan(1.0))
                .body("patternGroups.hot.efficiencyByTier.tier4", notNullValue())
                .body("patterns", hasSize(56))
                .body("patterns.find { it.pattern == '01223' }.expectedPercentage", closeTo(7.485, 0.001))
                .body("patterns.find { it.pattern == '01223' }.classSize", equalTo(24_300))
                .body("hotNumbers", hasSize(10))
                .body("provenCombinations.frequentPairs", hasSize(10))
                .body("provenCombinations.frequentPairs[0].pair", hasSize(2))
                .body("provenCombinations.provenTriplets[0].triplet", hasSize(3))
                // ../shared/data/SOURCES.md: 32.0 on 34 degrees of freedom, not significant.
                .body("fairness.numbers.chiSquare", closeTo(32.0, 0.05))
                .body("fairness.numbers.degreesOfFreedom", equalTo(34))
                .body("fairness.numbers.significant", equalTo(false));
        int hotFrequency = response.jsonPath()
                .getInt("patternGroups.hot.combinedFrequency");
        assertThat(hotFrequency).isPositive();

        // Cached: the same analysis (same computation time) until the draws change.
        String computedAt = response.jsonPath()
                .getString("lastUpdated");
        given().when()
                .get("/api/v2/pattern-analysis/tx-cash-five-5-35")
                .then()
                .statusCode(200)
                .body("lastUpdated", equalTo(computedAt));
    }

    @Test
    void theAnalysisIsPersistedInTheTablesOfSpecSection52() throws IOException, SQLException {
        importTexas();
        assertThat(count("SELECT count(*) FROM pattern_groups WHERE lottery_config_id = 'tx-cash-five-5-35'"
                + " AND group_type = 'hot'")).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM pattern_groups WHERE lottery_config_id = 'tx-cash-five-5-35'"
                + " AND group_type = 'warm'")).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM pattern_groups WHERE lottery_config_id = 'tx-cash-five-5-35'"
                + " AND group_type = 'hot' AND efficiency_multiplier = 2.11")).isEqualTo(6);
        assertThat(count("SELECT count(*) FROM hot_numbers WHERE lottery_config_id = 'tx-cash-five-5-35'"))
                .isEqualTo(10);
        assertThat(count("SELECT count(*) FROM proven_combinations WHERE lottery_config_id = 'tx-cash-five-5-35'"))
                .isEqualTo(20);
    }

    @Test
    void theSpecsValidatorMeasuresInsteadOfPromising() throws IOException {
        importTexas();
        given().when()
                .get("/api/v2/validation/tx-cash-five-5-35")
                .then()
                .statusCode(200)
                .body("totalAnalyzedDraws", equalTo(1_035))
                .body("promised_efficiency", equalTo(2.11))
                .body("minimumAccepted", equalTo(2.0))
                .body("meets_criteria", equalTo(false))
                .body("consistentWithNoEffect", equalTo(true))
                .body("actual_efficiency", closeTo(1.0, 0.2))
                .body("confidenceInterval", hasSize(2))
                .body("confidence_level", equalTo(0.95))
                .body("baseRate", closeTo(4_501 / 324_632.0, 1e-15))
                .body("hotPatterns", hasSize(6))
                .body("hotHitRate", notNullValue());
    }

    @Test
    void fewDrawsFallBackToExpectedFrequenciesUnlessObservedIsRequired() {
        String game = TestGames.create535("few-draws");
        ApiCalls.importCsv(game, "draw_date,n1,n2,n3,n4,n5\n2020-01-01,1,2,3,4,5\n", false)
                .then()
                .statusCode(200);
        given().when()
                .get("/api/v2/pattern-analysis/" + game)
                .then()
                .statusCode(200)
                .body("source", equalTo("expected"))
                .body("notice", notNullValue())
                // By class size: the spec's six hot patterns.
                .body("patternGroups.hot.patterns.pattern.sort()",
                        equalTo(java.util.List.of("00112", "00122", "00123", "01122", "01123", "01223")));
        given().when()
                .get("/api/v2/pattern-analysis/" + game + "?source=observed")
                .then()
                .statusCode(422)
                .body("error", equalTo("INSUFFICIENT_PATTERN_DATA"))
                .body("code", equalTo(4104))
                .body("details.storedDraws", equalTo(1))
                .body("details.requiredDraws", equalTo(1_000));
    }

    @Test
    void aGameWithoutDrawsHasNoHotNumbersNoLiftAndNoVerdict() {
        String game = TestGames.create535("no-draws");

        given().when()
                .get("/api/v2/pattern-analysis/" + game)
                .then()
                .statusCode(200)
                .body("totalAnalyzedDraws", equalTo(0))
                .body("source", equalTo("expected"))
                .body("notice", notNullValue())
                .body("hotNumbers", hasSize(0))
                .body("patternGroups.hot.efficiency", nullValue())
                .body("patternGroups.hot.efficiencyInterval", nullValue());
        given().when()
                .get("/api/v2/validation/" + game)
                .then()
                .statusCode(200)
                .body("totalAnalyzedDraws", equalTo(0))
                .body("meets_criteria", nullValue())
                .body("actual_efficiency", nullValue())
                .body("margin", nullValue())
                .body("confidence_level", nullValue())
                .body("confidenceInterval", hasSize(0))
                .body("consistentWithNoEffect", nullValue())
                .body("hotHitRate", nullValue())
                .body("promised_efficiency", equalTo(2.11))
                .body("explanation", equalTo("No stored draws (or a game too large) to measure hot patterns against."));
    }

    @Test
    void aGameWithFiveDrawsListsOnlyNumbersDrawnAndJudgesOnlyWithAnInterval() {
        String game = TestGames.create535("five-draws");
        ApiCalls.importCsv(game, """
                draw_date,n1,n2,n3,n4,n5
                2020-01-01,1,2,3,4,5
                2020-01-02,1,7,13,21,34
                2020-01-03,2,8,14,22,35
                2020-01-04,1,9,15,23,30
                2020-01-05,3,10,16,24,31
                """, false)
                .then()
                .statusCode(200);

        Response analysis = given().when()
                .get("/api/v2/pattern-analysis/" + game);
        analysis.then()
                .statusCode(200)
                .body("totalAnalyzedDraws", equalTo(5))
                .body("source", equalTo("expected"))
                .body("notice", notNullValue());
        java.util.List<Integer> frequencies = analysis.jsonPath()
                .getList("hotNumbers.frequency", Integer.class);
        assertThat(frequencies).isNotEmpty()
                .allMatch(frequency -> frequency > 0);
        // 1 was drawn three times: the most drawn number comes first.
        assertThat(analysis.jsonPath()
                .getInt("hotNumbers[0].number")).isEqualTo(1);
        assertThat(analysis.jsonPath()
                .getInt("hotNumbers[0].frequency")).isEqualTo(3);
        Response validation = given().when()
                .get("/api/v2/validation/" + game);
        validation.then()
                .statusCode(200)
                .body("totalAnalyzedDraws", equalTo(5))
                .body("actual_efficiency", notNullValue())
                .body("hotHitRate", notNullValue());
        // A verdict exactly when there is an interval.
        boolean interval = !validation.jsonPath()
                .getList("confidenceInterval")
                .isEmpty();
        assertThat(validation.jsonPath()
                .getString("consistentWithNoEffect") != null).isEqualTo(interval);
        assertThat(validation.jsonPath()
                .getString("explanation")).doesNotContain("NaN");
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
