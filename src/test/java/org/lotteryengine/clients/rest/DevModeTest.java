package org.lotteryengine.clients.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Dev mode's configuration (the {@code dev} profile, with only what keeps a test's database and scheduler its own),
 * as a newcomer following the README meets it: twenty generations in a row, the bad ones included, are never refused
 * for a rate limit, and the README's generate and error examples give the figures the README shows.
 */
@QuarkusTest
@TestProfile(DevModeTest.DevProfile.class)
class DevModeTest {

    public static class DevProfile implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "dev";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // What the test profile sets for every test: its own management port, a clean database, no scheduler,
            // no seeded imports from ../shared and no background work; the limits and degradation stay dev mode's.
            return Map.of("quarkus.management.port", "9001", "quarkus.management.test-port", "9001",
                    "quarkus.flyway.clean-disabled", "false", "quarkus.flyway.clean-at-start", "true",
                    "quarkus.scheduler.enabled", "false", "lottery.seed.enabled", "false",
                    "lottery.design-library.improver.enabled", "false", "lottery.health.capacity.memory-percent",
                    "101");
        }
    }

    @Test
    void twentyGenerationsInARowAreNeverRefusedForARateLimit() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // Every fifth request is a bad one (no such tier), as a newcomer's first tries are.
            String tier = i % 5 == 4 ? "tier9" : "tier4";
            statuses.add(given().contentType("application/json")
                    .body("""
                            {"targetTier": "%s", "numberOfTickets": 3, "strategy": "conservative", "lotteryType": "5/35"}"""
                            .formatted(tier))
                    .post("/api/v2/generate-tickets")
                    .then()
                    .extract()
                    .statusCode());
        }

        assertThat(statuses).doesNotContain(429)
                .containsOnly(200, 400)
                .filteredOn(status -> status == 200)
                .hasSize(16);
    }

    @Test
    void theReadmesGenerateExampleGivesTheFiguresItShowsAndTheSameSetAgainFromTheLibrary() throws IOException {
        String section = section("### Generate tickets");
        String body = between(block(section, "shell"), "-d '", "'");
        String shown = block(section, "json");

        JsonNode first = post("/api/v2/generate-tickets", body, 200);
        JsonNode again = post("/api/v2/generate-tickets", body, 200);

        assertShownFiguresMatch(shown, first);
        assertThat(again.at("/generation/stoppingReason")
                .asText()).isEqualTo("stored_design");
        assertThat(again.at("/generation/attempts")
                .asInt()).isZero();
        assertThat(again.get("tickets")
                .findValues("numbers")).isEqualTo(first.get("tickets")
                        .findValues("numbers"));
        assertThat(again.get("expectedPerformance")).isEqualTo(first.get("expectedPerformance"));
    }

    @Test
    void theReadmesErrorExampleIsA404WithTheBodyItShows() throws IOException {
        String section = section("### Errors");
        String command = block(section, "shell");
        String shown = block(section, "text");
        String path = command.substring(command.indexOf("localhost:8080") + "localhost:8080".length())
                .strip();

        var answer = given().urlEncodingEnabled(false)
                .get(path)
                .then()
                .extract();

        assertThat(shown).startsWith("HTTP/1.1 " + answer.statusCode() + " ");
        assertShownFiguresMatch(shown, JSON.readTree(answer.asString()));
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Figures that differ from run to run, or name one run's rows. */
    private static final Set<String> VARYING = Set.of("timeElapsed", "timestamp", "sessionId", "id");
    private static final Pattern SCALAR = Pattern.compile(
            "\"(\\w+)\":(-?[0-9][0-9.eE+-]*|\"[^\"…]*\"|true|false|null)(?=[,}\\s])");
    private static final Pattern NUMBERS = Pattern.compile("\"(\\w+)\":(\\[[0-9,]*\\])");

    private static JsonNode post(String path, String body, int status) throws IOException {
        String answer = given().contentType("application/json")
                .body(body)
                .post(path)
                .then()
                .statusCode(status)
                .extract()
                .asString();
        return JSON.readTree(answer);
    }

    /**
     * Every "key":value the README shows (a number, string, boolean or array of numbers, not an elided one) is a value
     * the live answer has under that key somewhere.
     */
    private static void assertShownFiguresMatch(String shown, JsonNode live) {
        int checked = 0;
        for (Pattern pattern : List.of(SCALAR, NUMBERS)) {
            Matcher pair = pattern.matcher(shown);
            while (pair.find()) {
                String key = pair.group(1);
                if (VARYING.contains(key)) {
                    continue;
                }
                String value = pair.group(2);
                // Numbers are compared as numbers: the README may write 0.000308 where the parsed answer says 3.08E-4.
                boolean number = value.matches("-?[0-9].*");
                List<String> values = live.findValues(key)
                        .stream()
                        .map(node -> number && node.isNumber() ? Double.toString(node.asDouble()) : node.toString())
                        .toList();
                assertThat(values).as("README's \"%s\":%s", key, value)
                        .contains(number ? Double.toString(Double.parseDouble(value)) : value);
                checked++;
            }
        }
        assertThat(checked).as("figures the README shows")
                .isGreaterThan(3);
    }

    private static String section(String heading) throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("\n" + heading + "\n");
        assertThat(start).as(heading)
                .isNotNegative();
        int end = readme.indexOf("\n### ", start + heading.length() + 2);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    /** The first fenced block of this language in the text. */
    private static String block(String text, String language) {
        return between(text, "```" + language + "\n", "```");
    }

    private static String between(String text, String open, String close) {
        int start = text.indexOf(open);
        assertThat(start).as("'%s' in the README", open)
                .isNotNegative();
        int end = text.indexOf(close, start + open.length());
        return text.substring(start + open.length(), end);
    }
}
