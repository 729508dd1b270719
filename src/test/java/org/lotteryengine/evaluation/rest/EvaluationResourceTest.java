package org.lotteryengine.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lotteryengine.support.PreciseJson;

import io.quarkus.test.junit.QuarkusTest;

/**
 * POST /api/v2/evaluate: exact figures of known sets.
 */
@QuarkusTest
class EvaluationResourceTest {

    @BeforeAll
    static void preciseNumbers() {
        PreciseJson.enable();
    }

    @Test
    void oneTicketOfTheSpecGame() {
        given().contentType("application/json")
                .body("""
                        {"lotteryType": "5/35", "tickets": [[34, 5, 16, 23, 28]]}
                        """)
                .when()
                .post("/api/v2/evaluate")
                .then()
                .statusCode(200)
                .body("lotteryId", equalTo("5-35"))
                .body("totalDraws", equalTo(324_632))
                .body("cost", equalTo(1.00))
                .body("tiers.tier", contains("tier5", "tier4", "tier3"))
                .body("tiers[2].drawsWithWinAtLeast", equalTo(4_501))
                .body("tiers[2].probabilityAtLeastOne", closeTo(4_501 / 324_632.0, 1e-15))
                .body("tiers[2].randomDistinctTickets", closeTo(4_501 / 324_632.0, 1e-15))
                .body("tiers[2].improvement", equalTo("0.0%"))
                .body("tiers[2].expectedWinningTickets", closeTo(4_350 / 324_632.0, 1e-15))
                .body("payout.expectedRevenue", closeTo(240_250.0 / 324_632, 1e-12))
                .body("payout.distribution.payout", contains(0.0, 15.00, 500.00, 100_000.00))
                .body("payout.distribution.draws", contains(320_131, 4_350, 150, 1))
                .body("payout.breakEvenProbability", closeTo(4_501 / 324_632.0, 1e-15))
                .body("payout.quantiles.p99", equalTo(15.00))
                .body("payout.quantiles.max", equalTo(100_000.00))
                .body("guarantee.minimumBestMatch", equalTo(0))
                .body("wheel", nullValue());
    }

    @Test
    void theNineteenTicketCoverGuaranteesATwoMatch() {
        given().contentType("application/json")
                .body("""
                        {"lotteryType": "5-35", "lowestTier": "tier2", "tickets": [
                          [1,2,3,4,7],[1,2,6,7,8],[3,4,5,6,8],[1,2,5,6,7],[9,10,11,12,15],[9,10,14,15,16],
                          [11,12,13,14,16],[9,10,13,14,15],[17,18,19,20,23],[17,18,22,23,24],[19,20,21,22,24],
                          [17,18,21,22,23],[27,31,32,33,35],[25,26,31,34,35],[26,29,30,32,34],[28,29,30,31,35],
                          [26,27,28,33,34],[25,27,29,30,33],[25,27,28,32,35]]}
                        """)
                .when()
                .post("/api/v2/evaluate")
                .then()
                .statusCode(200)
                .body("tiers.tier", contains("tier5", "tier4", "tier3", "tier2"))
                .body("tiers[3].probabilityAtLeastOne", equalTo(1.0))
                .body("guarantee.minimumBestMatch", equalTo(2))
                .body("guarantee.statement", equalTo("Every possible draw matches at least 2 numbers on some ticket."));
    }

    @Test
    void aWheelsGuaranteesAreVerified() {
        // The full wheel of the 7 numbers 1..7 (all 21 five-number tickets) guarantees x matches when x are drawn.
        StringBuilder tickets = new StringBuilder();
        for (int skipA = 1; skipA <= 7; skipA++) {
            for (int skipB = skipA + 1; skipB <= 7; skipB++) {
                StringBuilder ticket = new StringBuilder();
                for (int n = 1; n <= 7; n++) {
                    if (n != skipA && n != skipB) {
                        ticket.append(ticket.isEmpty() ? "" : ",")
                                .append(n);
                    }
                }
                tickets.append(tickets.isEmpty() ? "" : ",")
                        .append('[')
                        .append(ticket)
                        .append(']');
            }
        }
        given().contentType("application/json")
                .body("{\"lotteryType\": \"5/35\", \"pool\": [1,2,3,4,5,6,7], \"tickets\": [" + tickets + "]}")
                .when()
                .post("/api/v2/evaluate")
                .then()
                .statusCode(200)
                .body("numberOfTickets", equalTo(21))
                .body("wheel.guarantees", hasSize(6))
                .body("wheel.guarantees.matches", contains(0, 1, 2, 3, 4, 5))
                .body("wheel.guarantees[4].statement",
                        equalTo("If 4 drawn numbers are in the pool, some ticket matches at least 4."));
    }

    @Test
    void badTicketsAndUnknownGamesAreNamed() {
        given().contentType("application/json")
                .body("""
                        {"lotteryType": "5/35", "tickets": [[1,2,3,4,5], [1,2,3,4,4]]}
                        """)
                .when()
                .post("/api/v2/evaluate")
                .then()
                .statusCode(400)
                .body("error", equalTo("INVALID_REQUEST"))
                .body("message", equalTo("ticket 1: 4 appears twice"))
                .body("details.ticketIndex", equalTo(1));
        given().contentType("application/json")
                .body("""
                        {"lotteryType": "6/99", "tickets": [[1,2,3,4,5]]}
                        """)
                .when()
                .post("/api/v2/evaluate")
                .then()
                .statusCode(400)
                .body("error", equalTo("INVALID_LOTTERY_CONFIG"))
                .body("details.field", equalTo("lotteryType"));
        given().contentType("application/json")
                .body("""
                        {"lotteryType": "5/35", "tickets": []}
                        """)
                .when()
                .post("/api/v2/evaluate")
                .then()
                .statusCode(400)
                .body("error", equalTo("INVALID_REQUEST"));
        given().contentType("application/json")
                .body("{\"lotteryType\": \"5/35\", \"tickets\": \"not a list\"}")
                .when()
                .post("/api/v2/evaluate")
                .then()
                .statusCode(400)
                .body("error", equalTo("INVALID_REQUEST"))
                .body("details.field", equalTo("tickets"));
    }

    @Test
    void tooManyTicketsIsTheSpecsError() {
        StringBuilder tickets = new StringBuilder();
        for (int i = 0; i < 501; i++) {
            tickets.append(i == 0 ? "" : ",")
                    .append("[1,2,3,4,5]");
        }
        given().contentType("application/json")
                .body("{\"lotteryType\": \"5/35\", \"tickets\": [" + tickets + "]}")
                .when()
                .post("/api/v2/evaluate")
                .then()
                .statusCode(400)
                .body("error", equalTo("INVALID_TICKET_COUNT"))
                .body("code", equalTo(4002))
                .body("message", equalTo("Number of tickets must be between 1 and 500"))
                .body("details.provided", equalTo(501))
                .body("details.allowed.max", equalTo(500));
    }
}
