package org.lotteryengine.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lotteryengine.support.TestClients;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Nothing echoes unbounded input: numbers that take a few bytes to send but billions of digits to print (a 110-byte
 * request used to get a 2 GB answer and block an event loop for 12-22 s) are refused at parsing, and every answer
 * stays small.
 */
@QuarkusTest
class InputBoundsTest {

    /** Each a valid JSON number; the plain form of the first has a billion digits, of the second ten million. */
    private static final List<String> EXTREME_NUMBERS = List.of("1e999999999", "1e-9999999", "-1e999999999",
            "1E+2147483647", "9.99999999999999999999999999999999999999999e30",
            "0.0000000000000000000000000000000000000001");
    private static final int MAXIMUM_BODY = 4 * 1024;

    @Test
    void extremeBudgetsArePlainFourHundredsOfAFewHundredBytes() {
        for (String number : EXTREME_NUMBERS) {
            Response answer = given().contentType("application/json")
                    .body("""
                            {"targetTier": "tier4", "numberOfTickets": 5, "strategy": "balanced", "lotteryType": "5/35",
                             "budget": %s}""".formatted(number))
                    .post("/api/v2/generate-tickets");
            assertSmallRefusal(answer, number);
            assertThat(answer.jsonPath()
                    .getString("message")).as(number)
                    .isEqualTo("'budget' must have at most 30 significant digits and an exponent within 30 of the point");
            assertThat(answer.jsonPath()
                    .getString("details.field")).isEqualTo("budget");
        }
    }

    @Test
    void extremeNumbersInEveryOtherNumericFieldGetSmallAnswersToo() {
        for (String number : EXTREME_NUMBERS) {
            assertSmallRefusal(given().header(TestClients.ADMIN).contentType("application/json")
                    .body("""
                            {"id": "bounds", "name": "bounds", "numberRange": {"min": 1, "max": 35}, "drawSize": 5,
                             "ticketPrice": %s, "prizeStructure": {"tier3": {"prizeType": "fixed", "prize": %s}}}"""
                            .formatted(number, number))
                    .post("/api/v2/lotteries"), number);
            assertSmallRefusal(given().contentType("application/json")
                    .body("""
                            {"targetTier": "tier4", "numberOfTickets": %s, "strategy": "balanced", "lotteryType": "5/35",
                             "preferences": {"maxGenerationTime": %s, "qualityThreshold": %s}, "seed": %s}"""
                            .formatted(number, number, number, number))
                    .post("/api/v2/generate-tickets"), number);
            assertSmallRefusal(given().contentType("application/json")
                    .body("{\"lotteryType\": \"5/35\", \"tickets\": [[%s, 2, 3, 4, 5]]}".formatted(number))
                    .post("/api/v2/evaluate"), number);
        }
    }

    @Test
    void aBudgetWithinTheBoundsButAboveAnyStorableOneIsStillQuotedShortly() {
        // 30 digits: accepted by the parser, refused by the rule, quoted in full (31 characters).
        Response answer = given().contentType("application/json")
                .body("""
                        {"targetTier": "tier4", "numberOfTickets": 5, "strategy": "balanced", "lotteryType": "5/35",
                         "budget": 1e30}""")
                .post("/api/v2/generate-tickets");
        assertSmallRefusal(answer, "1e30");
        assertThat(answer.jsonPath()
                .getString("message")).isEqualTo("budget must be at most 99999999.99, got "
                        + "1000000000000000000000000000000");
    }

    private static void assertSmallRefusal(Response answer, String number) {
        assertThat(answer.statusCode()).as(number + ": " + answer.asString())
                .isEqualTo(400);
        assertThat(answer.asByteArray().length).as(number)
                .isLessThan(MAXIMUM_BODY);
        assertThat(answer.jsonPath()
                .getInt("code")).as(number)
                .isIn(4000, 4002, 4004, 4005);
    }
}
