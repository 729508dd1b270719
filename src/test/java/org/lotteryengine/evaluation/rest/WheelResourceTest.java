package org.lotteryengine.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lotteryengine.platform.export.PdfReport;
import org.lotteryengine.support.ApiCalls;
import org.lotteryengine.support.PdfText;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * POST /api/v2/wheels: every guarantee the service states is checked here again by enumerating every way for the
 * drawn numbers to fall in the pool, with nothing of the service's own verification.
 */
@QuarkusTest
class WheelResourceTest {

    private static ExtractableResponse<Response> wheel(String body) {
        return given().contentType("application/json")
                .body(body)
                .post("/api/v2/wheels")
                .then()
                .extract();
    }

    private static String request(String pool, int matches, int drawn, String extra) {
        return """
                {"lotteryType": "5/35", %s"guarantee": {"matches": %d, "ifDrawnInPool": %d}%s}"""
                .formatted(pool == null ? "" : "\"pool\": " + pool + ", ", matches, drawn, extra);
    }

    @Test
    void aLottoDesignOnTenNumbersMeetsItsGuaranteeOnEveryWayTheDrawCanFall() {
        JsonPath wheel = wheel(request("[2, 5, 8, 11, 14, 17, 20, 23, 26, 29]", 3, 4, "")).jsonPath();

        List<Integer> pool = wheel.getList("pool");
        List<List<Integer>> tickets = wheel.getList("tickets");
        assertThat(wheel.getBoolean("guaranteeHolds")).isTrue();
        assertThat(wheel.getLong("ways")).isEqualTo(210);
        assertThat(wheel.getLong("waysMet")).isEqualTo(210);
        assertThat(wheel.getInt("ticketCount")).isEqualTo(tickets.size());
        assertThat(tickets).allMatch(ticket -> ticket.size() == 5 && pool.containsAll(ticket));
        assertThat(waysMet(pool, tickets, 4, 3)).isEqualTo(210);
        assertThat(wheel.getList("evaluation.tiers.tier")).contains("tier3", "tier4", "tier5");
    }

    @Test
    void aCoveringOnTwelveNumbersIsVerifiedAndComparedWithTheBestPublishedDesign() {
        JsonPath wheel = wheel(request("[1, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30, 33]", 3, 3, "")).jsonPath();

        List<Integer> pool = wheel.getList("pool");
        List<List<Integer>> tickets = wheel.getList("tickets");
        assertThat(waysMet(pool, tickets, 3, 3)).isEqualTo(220);
        assertThat(wheel.getInt("ticketCount")).isGreaterThanOrEqualTo(wheel.getInt("lowerBound"));
        assertThat(wheel.getInt("lowerBound")).isEqualTo(27);
        assertThat(wheel.getInt("bestKnown.tickets")).isEqualTo(29);
        assertThat(wheel.getString("bestKnown.source")).startsWith("La Jolla Covering Repository");
        assertThat(wheel.getInt("aboveBestKnown")).isEqualTo(tickets.size() - 29);
    }

    @Test
    void theFullGameWheelThreeIfFiveCoversEveryDrawOfTheGame() {
        JsonPath wheel = wheel(request(null, 3, 5, ", \"maxSearchTime\": 1500")).jsonPath();

        List<Integer> pool = wheel.getList("pool");
        List<List<Integer>> tickets = wheel.getList("tickets");
        assertThat(pool).hasSize(35);
        assertThat(waysMet(pool, tickets, 5, 3)).isEqualTo(324_632);
        // Every draw matches 3 on some ticket: the set's tier-3 coverage is 1 exactly.
        assertThat(wheel.getDouble("evaluation.tiers.find { it.tier == 'tier3' }.probabilityAtLeastOne")).isEqualTo(
                1.0);
    }

    @Test
    void aBudgetGivesThatManyTicketsAndTheWaysTheyMeetCountedExactly() {
        JsonPath wheel = wheel(request("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]", 4, 5, ", \"tickets\": 6"))
                .jsonPath();

        List<Integer> pool = wheel.getList("pool");
        List<List<Integer>> tickets = wheel.getList("tickets");
        assertThat(tickets).hasSize(6);
        assertThat(wheel.getLong("waysMet")).isEqualTo(waysMet(pool, tickets, 5, 4));
        assertThat(wheel.getBoolean("guaranteeHolds")).isEqualTo(wheel.getLong("waysMet") == 2002);
        assertThat(wheel.getString("source")).isEqualTo("search");
    }

    @Test
    void theSecondRequestForADesignIsServedFromTheLibraryOnOtherNumbers() {
        wheel(request("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]", 2, 3, "")).jsonPath();
        JsonPath again = wheel(request("[4, 6, 9, 13, 15, 19, 22, 25, 28, 31, 35]", 2, 3, "")).jsonPath();

        assertThat(again.getString("source")).isEqualTo("library");
        assertThat(waysMet(again.getList("pool"), again.getList("tickets"), 3, 2)).isEqualTo(165);
    }

    @Test
    void theTicketsDownloadAsCsv() {
        String csv = given().contentType("application/json")
                .accept("text/csv")
                .body(request("[2, 5, 8, 11, 14, 17, 20, 23, 26, 29]", 3, 4, ""))
                .post("/api/v2/wheels")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String[] lines = csv.strip()
                .split("\r?\n");
        assertThat(lines[0]).isEqualTo("ticket,n1,n2,n3,n4,n5");
        assertThat(lines.length).isGreaterThan(1);
        byte[] pdf = given().contentType("application/json")
                .accept("application/pdf")
                .body(request("[2, 5, 8, 11, 14, 17, 20, 23, 26, 29]", 3, 4, ""))
                .post("/api/v2/wheels")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        PdfText sheet = PdfText.of(pdf, PdfReport.MARGIN);
        String text = sheet.text()
                .replaceAll("\\s+", " ");
        assertThat(sheet.outside()).isEmpty();
        assertThat(text).contains("Wheel for 5/35", "On the 10 numbers [2, 5, 8, 11, 14, 17, 20, 23, 26, 29].",
                "Promise: at least 3 matches on some ticket whenever 4 drawn numbers are in the pool. Verified over all"
                        + " 210 ways: holds (210 met).",
                "Chances over all 324,632 possible draws", "equally likely");
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",");
            assertThat(text).contains(cells[0] + ". " + String.join(" ", java.util.Arrays.copyOfRange(cells, 1,
                    cells.length)));
        }
    }

    @Test
    void badPoolsAndImpossibleBudgetsAreRefusedWithTheSpecsErrorBody() {
        ApiCalls.assertError(wheel(request("[1, 2, 3, 4, 5, 6, 7, 7]", 3, 4, "")), 400, "INVALID_REQUEST", 4000,
                "pool holds 7 more than once");
        ApiCalls.assertError(wheel(request("[1, 2, 3, 4, 5, 6, 7, 36]", 3, 4, "")), 400, "INVALID_REQUEST", 4000,
                "pool[7] must be a number of the game, 1 to 35, got 36");
        ApiCalls.assertError(wheel(request("[1, 2, 3, 4, 5]", 3, 4, "")), 400, "INVALID_REQUEST", 4000,
                "pool must hold more than the 5 numbers of a ticket and at most 30 (or every number of the game), got 5");
        ApiCalls.assertError(wheel(request(
                "[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31]",
                3, 4, "")), 400, "INVALID_REQUEST", 4000,
                "pool must hold more than the 5 numbers of a ticket and at most 30 (or every number of the game), got 31");
        ApiCalls.assertError(wheel(request("[1, 2, 3, 4, 5, 6, 7, 8]", 3, 4, ", \"tickets\": 57")), 400,
                "INVALID_REQUEST", 4000,
                "A budget of 57 tickets is impossible here: between 1 and 56 (56 different tickets of 5 numbers out of 8, at most 500 per request)");
        ApiCalls.assertError(wheel(request("[1, 2, 3, 4, 5, 6, 7, 8]", 3, 4, ", \"tickets\": 0")), 400,
                "INVALID_REQUEST", 4000,
                "A budget of 0 tickets is impossible here: between 1 and 56 (56 different tickets of 5 numbers out of 8, at most 500 per request)");
        ApiCalls.assertError(wheel(request("[1, 2, 3, 4, 5, 6, 7, 8]", 4, 3, "")), 400, "INVALID_REQUEST", 4000,
                "guarantee.matches must be 1 to ifDrawnInPool (3), got 4");
        ApiCalls.assertError(wheel(request("[1, 2, 3, 4, 5, 6, 7, 8]", 3, 6, "")), 400, "INVALID_REQUEST", 4000,
                "guarantee.ifDrawnInPool must be 1 to 5, the numbers drawn, got 6");
    }

    /** The x-subsets of the pool that some ticket meets in t numbers or more, by enumeration. */
    private static long waysMet(List<Integer> pool, List<List<Integer>> tickets, int x, int t) {
        long[] masks = tickets.stream()
                .mapToLong(ticket -> ticket.stream()
                        .mapToLong(number -> 1L << number)
                        .reduce(0, (a, b) -> a | b))
                .toArray();
        long[] numbers = pool.stream()
                .mapToLong(number -> 1L << number)
                .toArray();
        return count(numbers, masks, x, t, 0, 0L, 0);
    }

    private static long count(long[] numbers, long[] tickets, int x, int t, int from, long subset, int size) {
        if (size == x) {
            for (long ticket : tickets) {
                if (Long.bitCount(ticket & subset) >= t) {
                    return 1;
                }
            }
            return 0;
        }
        long met = 0;
        for (int i = from; i <= numbers.length - (x - size); i++) {
            met += count(numbers, tickets, x, t, i + 1, subset | numbers[i], size + 1);
        }
        return met;
    }
}
