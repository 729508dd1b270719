package org.lotteryengine.draws.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lotteryengine.support.ApiCalls;
import org.lotteryengine.support.PreciseJson;
import org.lotteryengine.support.SharedData;
import org.lotteryengine.support.TestClients;
import org.lotteryengine.support.TestGames;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Importing, paging and deleting draws, with the real Texas files and hand-made bad ones.
 */
@QuarkusTest
class DrawResourceTest {

    @BeforeAll
    static void preciseNumbers() {
        PreciseJson.enable();
    }

    @Test
    void bothTexasFilesImportInFullAndReimportingChangesNothing() throws IOException {
        String texas535 = Files.readString(SharedData.file(SharedData.TEXAS_5_35));
        Response first = ApiCalls.importCsv("tx-cash-five-5-35", texas535, false);
        first.then()
                .statusCode(200)
                .body("rowsRead", equalTo(1_035))
                .body("rejected", hasSize(0))
                .body("totalDraws", equalTo(1_035));
        // Another test may have imported the file first: together the two counts are the file.
        assertThat(first.jsonPath()
                .getInt("stored")
                + first.jsonPath()
                        .getInt("alreadyStored"))
                .isEqualTo(1_035);
        ApiCalls.importCsv("tx-cash-five-5-35", texas535, false).then()
                .statusCode(200)
                .body("stored", equalTo(0))
                .body("alreadyStored", equalTo(1_035))
                .body("totalDraws", equalTo(1_035));

        String texas537 = Files.readString(SharedData.file(SharedData.TEXAS_5_37));
        ApiCalls.importCsv("tx-cash-5-5-37", texas537, true).then()
                .statusCode(200)
                .body("rowsRead", equalTo(5_058))
                .body("totalDraws", equalTo(5_058));
    }

    @Test
    void badRowsAreListedByLineAndStrictModeStoresNothing() {
        String game = TestGames.create535("bad-rows");
        String csv = """
                draw_date,n1,n2,n3,n4,n5
                2020-01-01,1,2,3,4,5
                2020-01-02,1,2,3,4,36
                2020-01-03,1,2,3,4,4
                2020-01-04,1,2,3,4
                2020-02-30,1,2,3,4,5
                2020-01-05,6,7,8,9,10
                """;
        ApiCalls.importCsv(game, csv, true).then()
                .statusCode(400)
                .body("error", equalTo("INVALID_REQUEST"))
                .body("message", equalTo("4 rows were rejected; in strict mode nothing was stored"))
                .body("details.rejected.line", contains(3, 4, 5, 6))
                .body("details.rejected[0].reason", equalTo("36 is not a number of this game (1..35)"));
        given().when()
                .get("/api/v2/draws/" + game)
                .then()
                .statusCode(200)
                .body("total", equalTo(0));

        ApiCalls.importCsv(game, csv, false).then()
                .statusCode(200)
                .body("rowsRead", equalTo(6))
                .body("stored", equalTo(2))
                .body("rejected.line", contains(3, 4, 5, 6))
                .body("rejected.reason", contains("36 is not a number of this game (1..35)", "4 appears twice",
                        "expected 6 columns, found 5", "bad date '2020-02-30' (expected YYYY-MM-DD)"))
                .body("totalDraws", equalTo(2));

        // The same date with other numbers conflicts with the stored draw.
        ApiCalls.importCsv(game, "draw_date,n1,n2,n3,n4,n5\n2020-01-01,1,2,3,4,6\n", false).then()
                .statusCode(200)
                .body("stored", equalTo(0))
                .body("rejected[0].reason", equalTo("conflicts with the stored draw of 2020-01-01: [1, 2, 3, 4, 5]"));
    }

    @Test
    void jsonUploadPagingAndDeletion() {
        String game = TestGames.create535("json-upload");
        given().header(TestClients.ADMIN).contentType("application/json")
                .body("""
                        {"draws": [
                          {"date": "2021-03-01", "numbers": [35, 3, 9, 22, 14]},
                          {"date": "2021-03-02", "drawNumber": 12, "numbers": [1, 2, 3, 4, 5]},
                          {"date": "2021-03-03", "numbers": [1, 2, 3]}
                        ]}
                        """)
                .when()
                .post("/api/v2/draws/" + game)
                .then()
                .statusCode(200)
                .body("format", equalTo("json"))
                .body("stored", equalTo(2))
                .body("rejected[0].line", equalTo(3))
                .body("rejected[0].reason", equalTo("expected 5 numbers, found 3"));
        Response page = given().when()
                .get("/api/v2/draws/" + game + "?size=1");
        page.then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("draws", hasSize(1))
                .body("draws[0].date", equalTo("2021-03-02"))
                .body("draws[0].drawNumber", equalTo(12))
                .body("draws[0].numbers", contains(1, 2, 3, 4, 5));
        given().when()
                .get("/api/v2/draws/" + game + "?size=1&page=1")
                .then()
                .body("draws[0].numbers", contains(3, 9, 14, 22, 35));
        String id = page.jsonPath()
                .getString("draws[0].id");
        given().header(TestClients.ADMIN).when()
                .delete("/api/v2/draws/" + game + "/" + id)
                .then()
                .statusCode(204);
        given().header(TestClients.ADMIN).when()
                .delete("/api/v2/draws/" + game + "/" + id)
                .then()
                .statusCode(404)
                .body("error", equalTo("NOT_FOUND"));
        given().header(TestClients.ADMIN).when()
                .delete("/api/v2/draws/" + game + "/not-a-uuid")
                .then()
                .statusCode(404);
        given().when()
                .get("/api/v2/draws/" + game)
                .then()
                .body("total", equalTo(1));
    }

    @Test
    void aFileWithAByteOrderMarkImportsAndDatesOutsideTheWindowAreRejected() {
        String game = TestGames.create535("bom");
        // Excel's "CSV UTF-8" starts with a byte order mark; a row dated 2099 once became the Texas game's last draw.
        Response answer = given().header(TestClients.ADMIN).contentType("text/csv; charset=UTF-8")
                .body("\uFEFFdraw_date,n1,n2,n3,n4,n5\n2020-01-01,1,2,3,4,5\n2099-12-31,1,2,3,4,6\n"
                        + "0000-01-01,1,2,3,4,7\n")
                .post("/api/v2/draws/" + game);
        answer.then()
                .statusCode(200)
                .body("stored", equalTo(1))
                .body("rejected.line", contains(3, 4));
        assertThat(answer.jsonPath()
                .getString("rejected[0].reason")).startsWith("date 2099-12-31 is outside 1900-01-01..");
    }

    @Test
    void aHeaderWithoutTheNumberColumnsIsRefused() {
        // A malformed file is a malformed request (4000), not an impossible game (4005, as it used to be).
        ApiCalls.importCsv("5-35", "draw_date,a,b\n2020-01-01,1,2\n", false).then()
                .statusCode(400)
                .body("error", equalTo("INVALID_REQUEST"))
                .body("code", equalTo(4000))
                .body("message", equalTo("the CSV header must name 5 number columns besides draw_date, found [a, b]"));
        given().when()
                .get("/api/v2/draws/no-such-game")
                .then()
                .statusCode(404);
        given().when()
                .get("/api/v2/draws/5-35?size=0")
                .then()
                .statusCode(400);
    }
}
