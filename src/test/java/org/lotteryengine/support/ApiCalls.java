package org.lotteryengine.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.SplittableRandom;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Requests and checks that the API tests of several features share.
 */
public final class ApiCalls {

    private ApiCalls() {
    }

    public static ExtractableResponse<Response> generate(String body) {
        return given().contentType("application/json")
                .body(body)
                .when()
                .post("/api/v2/generate-tickets")
                .then()
                .extract();
    }

    /** The spec's error body, exactly, and nothing of the implementation in it. */
    public static void assertError(ExtractableResponse<Response> response, int status, String error, int code,
            String message) {
        assertThat(response.statusCode()).as(response.asString())
                .isEqualTo(status);
        assertThat(response.jsonPath()
                .getString("error")).isEqualTo(error);
        assertThat(response.jsonPath()
                .getInt("code")).isEqualTo(code);
        assertThat(response.jsonPath()
                .getString("message")).isEqualTo(message);
        assertThat(response.asString()).doesNotContain("org.lotteryengine", "Exception", "\tat ");
    }

    public static Response importCsv(String game, String csv, boolean strict) {
        return given().header(TestClients.ADMIN).contentType("text/csv")
                .body(csv)
                .when()
                .post("/api/v2/draws/" + game + (strict ? "?strict=true" : ""));
    }

    /** {@code count} draws of 5 of 1..35 on consecutive days from {@code first}, seeded. */
    public static String randomDrawsCsv(LocalDate first, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder("draw_date,n1,n2,n3,n4,n5\n");
        for (int i = 0; i < count; i++) {
            csv.append(first.plusDays(i));
            random.ints(1, 36)
                    .distinct()
                    .limit(5)
                    .forEach(number -> csv.append(',')
                            .append(number));
            csv.append('\n');
        }
        return csv.toString();
    }

    /** {@code count} draws of 5 of 1..69 and a Powerball of 1..26, every third day from {@code first}, seeded. */
    public static String randomPowerballDrawsCsv(LocalDate first, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder("draw_date,n1,n2,n3,n4,n5,powerball\n");
        for (int i = 0; i < count; i++) {
            csv.append(first.plusDays(3L * i));
            random.ints(1, 70)
                    .distinct()
                    .limit(5)
                    .forEach(number -> csv.append(',')
                            .append(number));
            csv.append(',')
                    .append(random.nextInt(1, 27))
                    .append('\n');
        }
        return csv.toString();
    }
}
