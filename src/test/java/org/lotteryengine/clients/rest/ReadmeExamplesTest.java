package org.lotteryengine.clients.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.lotteryengine.support.Readme;
import org.lotteryengine.support.SharedData;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Every example of the README's API and Maintenance sections, run as written, in the README's order, against the
 * service in its dev-mode configuration on a fresh database, as a newcomer would paste them: the shell blocks run in
 * one bash session (so {@code $key} and {@code $id} carry from one to the next) with only the host's port and the
 * draw folder's path replaced. Every figure the README shows for an answer is then compared with the live answer.
 * Running them in order is what shows that no example breaks a later one. The build commands of Run, Test and
 * Native image are not service examples and are not run here.
 */
@QuarkusTest
@TestProfile(DevModeTest.DevProfile.class)
class ReadmeExamplesTest {

    /** What the dev profile's admin token is; the README's Maintenance examples read it from this variable. */
    private static final String DEV_ADMIN_TOKEN = "dev-admin-token";

    private static List<Call> calls;
    private static Path folder;

    /** One curl call of the examples: its arguments, status line, headers and body. */
    record Call(int index, String arguments, int status, Map<String, String> headers, String body) {

        JsonNode json() {
            return Readme.json(body);
        }
    }

    private static synchronized List<Call> calls() throws IOException, InterruptedException {
        if (calls == null) {
            calls = run();
        }
        return calls;
    }

    private static List<Call> run() throws IOException, InterruptedException {
        Path data = SharedData.file(SharedData.TEXAS_5_35)
                .getParent()
                .toAbsolutePath()
                .normalize();
        int port = ConfigProvider.getConfig()
                .getValue("quarkus.http.test-port", Integer.class);
        int management = ConfigProvider.getConfig()
                .getValue("quarkus.management.test-port", Integer.class);
        folder = Files.createTempDirectory("readme-examples");
        Path recorded = Files.createDirectory(folder.resolve("calls"));
        StringBuilder script = new StringBuilder("""
                calls='%s'
                echo 0 > "$calls/count"
                # Each call's arguments, headers and body are kept, and its body still goes to a pipe or variable.
                curl() {
                  local n
                  n=$(( $(cat "$calls/count") + 1 ))
                  echo "$n" > "$calls/count"
                  printf '%%s\\n' "$*" > "$calls/args.$n"
                  command curl -D "$calls/headers.$n" "$@" | tee "$calls/body.$n"
                }
                """.formatted(recorded));
        String api = Readme.text()
                .substring(Readme.text()
                        .indexOf("\n## API\n"),
                        Readme.text()
                                .indexOf("\n## Ticket generation (engine)\n"));
        List<String> blocks = new ArrayList<>(Readme.blocks(api, "shell", "bash"));
        blocks.addAll(Readme.blocks(Readme.section("### Maintenance"), "shell", "bash"));
        for (String block : blocks) {
            script.append(block.replace("localhost:8080", "localhost:" + port)
                    .replace("localhost:9000", "localhost:" + management)
                    .replace("../shared/data/", data + "/"))
                    .append('\n');
        }
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", script.toString()).directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("output.txt")
                        .toFile());
        bash.environment()
                .put("LOTTERY_ADMIN_TOKEN", DEV_ADMIN_TOKEN);
        Process process = bash.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the README's examples end within 5 minutes")
                .isTrue();
        int count = Integer.parseInt(Files.readString(recorded.resolve("count"))
                .strip());
        List<Call> read = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            List<String> headerLines = Files.readAllLines(recorded.resolve("headers." + n));
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : headerLines.subList(1, headerLines.size())) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon)
                            .toLowerCase(Locale.ROOT),
                            line.substring(colon + 1)
                                    .strip());
                }
            }
            read.add(new Call(n, Files.readString(recorded.resolve("args." + n)), Integer.parseInt(headerLines.get(0)
                    .split(" ")[1]), headers, Files.readString(recorded.resolve("body." + n), StandardCharsets.UTF_8)));
        }
        return read;
    }

    /** The first call whose arguments hold all of these. */
    private static Call call(String... fragments) throws IOException, InterruptedException {
        return calls().stream()
                .filter(call -> List.of(fragments)
                        .stream()
                        .allMatch(call.arguments()::contains))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no README call with " + List.of(fragments)));
    }

    @Test
    void everyExampleRanAndNoneFailedUnlessTheReadmeSaysItShould() throws Exception {
        List<Call> all = calls();
        assertThat(all).hasSizeGreaterThanOrEqualTo(20);
        // The only 4xx answers are the ones the README explains: the error example, and cancel and extend
        // of a session that has ended.
        assertThat(all.stream()
                .filter(call -> call.status() >= 400)
                .map(call -> call.status() + " " + call.arguments()
                        .strip()))
                .allMatch(answer -> answer.contains("7%2F77") || answer.contains("/cancel") || answer.contains(
                        "/extend"), "only the README's error example, cancel and extend fail");
    }

    @Test
    void aGameAndItsExactOdds() throws Exception {
        Call odds = call("/api/v2/lotteries/5%2F35");
        assertThat(odds.status()).isEqualTo(200);
        assertThat(Readme.assertShownFiguresMatch(Readme.block(Readme.section("### A game and its exact odds"),
                "json"), odds.json())).isGreaterThan(20);
    }

    @Test
    void createAGame() throws Exception {
        String section = Readme.section("### Create a game");
        Call created = call("-X POST", "/api/v2/lotteries ");
        assertThat(created.status()).isEqualTo(201);
        String location = Readme.between(section, "`Location: ", "`");
        assertThat(created.headers()
                .get("location")).isEqualTo(location.replace("localhost:8080", "localhost:" + port()));
    }

    @Test
    void gamesWithBonusNumbers() throws Exception {
        String section = Readme.section("### Games with bonus numbers");
        Call powerball = call("/api/v2/lotteries/powerball");
        assertThat(powerball.status()).isEqualTo(200);
        assertThat(Readme.assertShownFiguresMatch(Readme.block(section, "json"), powerball.json())).isGreaterThan(20);
        Call created = call("-X POST", "lotto-6-49-bonus");
        assertThat(created.status()).isEqualTo(201);
        String tier = Readme.between(section, "tier is `", "`");
        assertThat(Readme.assertShownFiguresMatch(tier, created.json()
                .get("bonusTiers")
                .get(1))).isEqualTo(3);
        assertThat(Readme.assertShownFiguresMatch("{" + Readme.between(section, "` of\n`", "`") + "}", created
                .json())).isEqualTo(1);
        Call bonusEvaluation = call("/api/v2/evaluate", "Powerball");
        assertThat(bonusEvaluation.status()).isEqualTo(200);
        assertThat(Readme.assertShownFiguresMatch(Readme.between(section, "best first, e.g. `", "`"),
                bonusEvaluation.json()
                        .get("tiers")
                        .get(8)))
                .isEqualTo(4);
        Call imported = call("/api/v2/draws/powerball");
        assertThat(imported.status()).isEqualTo(200);
        assertThat(Readme.assertShownFiguresMatch(Readme.between(section, "answers `", "`"), imported.json()))
                .isEqualTo(6);
        Call generated = call("/api/v2/generate-tickets", "powerball");
        assertThat(generated.status()).isEqualTo(200);
        assertThat(Readme.assertShownFiguresMatch(Readme.between(section, "aimed at,\ne.g. `", "`"), generated
                .json()
                .get("generation"))).isEqualTo(5);
        assertThat(generated.json()
                .get("tickets")).hasSize(20);
        assertThat(Readme.assertShownFiguresMatch(Readme.between(section, "beside random tickets: `", "`"), generated
                .json()
                .get("evaluation")
                .get("tiers")
                .get(5))).isEqualTo(3);
    }

    @Test
    void backtestOnTheTexasHistory() throws Exception {
        Call backtest = call("/api/v2/backtest");
        assertThat(backtest.status()).isEqualTo(200);
        String section = Readme.section("### Backtest tickets on real draws");
        JsonNode answer = backtest.json();
        assertThat(Readme.assertShownFiguresMatch("{" + Readme.block(section, "json") + "}", answer)).isEqualTo(12);
        // "(`tier4`: 1 win, 0.9565 expected)" and "$1,035.00 won for $2,070.00 played"
        assertThat(section).contains("`tier4`: 1 win, 0.9565 expected", "$1,035.00 won for $2,070.00 played");
        assertThat(answer.get("tiers")
                .get(1)
                .get("winningTickets")
                .asLong()).isEqualTo(1);
        assertThat(answer.get("tiers")
                .get(1)
                .get("expected")
                .get("mean")
                .decimalValue()).isEqualByComparingTo("0.9565");
        assertThat(answer.get("payout")
                .get("observed")
                .decimalValue()).isEqualByComparingTo("1035.00");
        assertThat(answer.get("cost")
                .decimalValue()).isEqualByComparingTo("2070.00");
        assertThat(answer.get("draws")
                .asInt()).isEqualTo(1_035);
    }

    @Test
    void backtestOfABonusGameOnItsStoredDraw() throws Exception {
        Call backtest = call("/api/v2/backtest", "powerball");
        assertThat(backtest.status()).as(backtest.body())
                .isEqualTo(200);
        String section = Readme.section("### Backtest tickets on real draws");
        assertThat(section).contains("the first ticket won `3+1` and\nthe second `0+1`, $104.00 won for $4.00 played");
        JsonNode answer = backtest.json();
        assertThat(answer.get("draws")
                .asInt()).isEqualTo(1);
        assertThat(answer.get("tiers")
                .get(4)
                .get("tier")
                .asText()).isEqualTo("3+1");
        assertThat(answer.get("tiers")
                .get(4)
                .get("winningTickets")
                .asLong()).isEqualTo(1);
        assertThat(answer.get("tiers")
                .get(8)
                .get("winningTickets")
                .asLong()).isEqualTo(1);
        assertThat(answer.get("payout")
                .get("observed")
                .decimalValue()).isEqualByComparingTo("104.00");
        assertThat(answer.get("cost")
                .decimalValue()).isEqualByComparingTo("4.00");
        assertThat(answer.get("topWins")
                .get(0)
                .get("bonusNumbers")
                .get(0)
                .asInt()).isEqualTo(26);
    }

    @Test
    void evaluateTicketsExactly() throws Exception {
        Call evaluated = call("/api/v2/evaluate", "lowestTier");
        assertThat(evaluated.status()).isEqualTo(200);
        String section = Readme.section("### Evaluate tickets exactly");
        assertThat(Readme.assertShownFiguresMatch("{" + Readme.block(section, "json") + "}", evaluated.json()))
                .isEqualTo(2);
    }

    @Test
    void wheelsOnYourOwnNumbers() throws Exception {
        Call wheel = call("/api/v2/wheels");
        assertThat(wheel.status()).isEqualTo(200);
        // "verified over all C(10, 4) = 210 ways the drawn numbers can fall in the pool"
        assertThat(Readme.section("### Wheels on your own numbers")).contains("C(10, 4) = 210");
        JsonNode answer = wheel.json();
        assertThat(answer.get("ways")
                .asLong()).isEqualTo(210);
        assertThat(answer.get("waysMet")
                .asLong()).isEqualTo(210);
        assertThat(answer.get("guaranteeHolds")
                .asBoolean()).isTrue();
        assertThat(answer.get("source")
                .asText()).isEqualTo("search");
    }

    @Test
    void apiKeysAndADrawImportWithOne() throws Exception {
        Call key = call("/api/v2/admin/api-keys");
        assertThat(key.status()).isEqualTo(201);
        assertThat(key.json()
                .get("key")
                .asText()).isNotBlank();
        Call imported = call("-X POST", "/api/v2/draws/tx-cash-five-5-35");
        assertThat(imported.status()).isEqualTo(200);
        String shown = Readme.between(Readme.section("### Draw histories and pattern analysis"), "answers `", "`");
        assertThat(Readme.assertShownFiguresMatch(shown, imported.json())).isEqualTo(5);
    }

    @Test
    void patternAnalysisAndValidation() throws Exception {
        String section = Readme.section("### Draw histories and pattern analysis")
                .replaceAll("\\s+", " ");
        Call analysis = call("/api/v2/pattern-analysis/tx-cash-five-5-35");
        assertThat(analysis.status()).isEqualTo(200);
        // "the number counts give chi-square 32.0 on 34 degrees of freedom"
        Matcher chiSquare = Pattern.compile("chi-square ([0-9.]+) on ([0-9]+) degrees of freedom")
                .matcher(section);
        assertThat(chiSquare.find()).isTrue();
        JsonNode numbers = analysis.json()
                .at("/fairness/numbers");
        assertThat(String.format(Locale.ROOT, "%.1f", numbers.get("chiSquare")
                .asDouble())).isEqualTo(chiSquare.group(1));
        assertThat(numbers.get("degreesOfFreedom")
                .asInt()).isEqualTo(Integer.parseInt(chiSquare.group(2)));
        // "the hot group's lift interval contains 1.0"
        assertThat(section).contains("the hot group's lift interval contains 1.0");
        JsonNode hot = analysis.json()
                .at("/patternGroups/hot/efficiency");
        assertThat(hot.get("low")
                .asDouble()).isLessThanOrEqualTo(1.0);
        assertThat(hot.get("high")
                .asDouble()).isGreaterThanOrEqualTo(1.0);
        assertThat(hot.get("consistentWithNoEffect")
                .asBoolean()).isTrue();

        Call validation = call("/api/v2/validation/tx-cash-five-5-35");
        assertThat(validation.status()).isEqualTo(200);
        String claims = section.substring(section.indexOf("answers the spec's 16.2 check"));
        StringBuilder shown = new StringBuilder();
        Matcher pair = Pattern.compile("`(\"\\w+\":[^`]+)`")
                .matcher(claims);
        while (pair.find()) {
            shown.append(pair.group(1))
                    .append(' ');
        }
        assertThat(Readme.assertShownFiguresMatch(shown.toString(), validation.json())).isEqualTo(2);
        assertThat(validation.json()
                .get("actual_efficiency")
                .asDouble()).as("actual_efficiency: about 1")
                .isBetween(0.8, 1.2);
    }

    @Test
    void generateTicketsGivesTheFiguresShownAndTheSameSetAgainFromTheLibrary() throws Exception {
        String section = Readme.section("### Generate tickets");
        Call generated = call("/api/v2/generate-tickets -d");
        assertThat(generated.status()).isEqualTo(200);
        assertThat(Readme.assertShownFiguresMatch(Readme.block(section, "json"), generated.json())).isGreaterThan(20);

        String body = Readme.between(Readme.block(section, "shell"), "-d '", "'");
        JsonNode again = Readme.json(given().contentType("application/json")
                .body(body)
                .post("/api/v2/generate-tickets")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertThat(again.at("/generation/stoppingReason")
                .asText()).isEqualTo("stored_design");
        assertThat(again.at("/generation/attempts")
                .asInt()).isZero();
        assertThat(again.get("tickets")
                .findValues("numbers")).isEqualTo(generated.json()
                        .get("tickets")
                        .findValues("numbers"));
        assertThat(again.get("expectedPerformance")).isEqualTo(generated.json()
                .get("expectedPerformance"));
    }

    @Test
    void followAGenerationLive() throws Exception {
        String shown = Readme.block(Readme.section("### Follow a generation live"), "text");
        Call started = call("generate-tickets?async=true");
        assertThat(started.status()).isEqualTo(202);
        Call stream = call("/api/v2/generation-status/");
        assertThat(stream.status()).isEqualTo(200);
        List<String> events = List.of(stream.body()
                .strip()
                .split("\n\n"));
        assertThat(events.get(0)).startsWith("id:1\nevent:progress\n");
        assertThat(events.get(events.size() - 1)).contains("\nevent:complete\n");
        // The first and the last event shown, figure by figure.
        String[] shownEvents = shown.strip()
                .split("\n\n");
        assertThat(Readme.assertShownFiguresMatch(data(shownEvents[0]), Readme.json(data(events.get(0)))))
                .isGreaterThan(3);
        assertThat(Readme.assertShownFiguresMatch(data(shownEvents[shownEvents.length - 1]), Readme.json(data(
                events.get(events.size() - 1))))).isGreaterThan(3);
    }

    private static String data(String event) {
        return event.substring(event.indexOf("data:") + "data:".length())
                .strip();
    }

    @Test
    void sessionsReadExportAndDelete() throws Exception {
        String id = call("generate-tickets?async=true").json()
                .get("sessionId")
                .asText();
        Call read = calls().stream()
                .filter(call -> call.arguments()
                        .strip()
                        .endsWith("/api/v2/sessions/" + id))
                .findFirst()
                .orElseThrow();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json()
                .get("sessionStatus")
                .asText()).isEqualTo("completed");
        assertThat(call("-OJ", "/api/v2/sessions/" + id + "/export?format=csv").status()).isEqualTo(200);
        assertThat(folder.resolve("lottery-tickets-" + id + ".csv")).isRegularFile();
        // The README's cancel and extend are for a running session; this one has ended.
        assertThat(Readme.section("### Sessions")).contains("once it has ended, cancel and extend answer 409");
        assertThat(call("/api/v2/sessions/" + id + "/cancel").status()).isEqualTo(409);
        assertThat(call("/api/v2/sessions/" + id + "/extend").status()).isEqualTo(409);
        assertThat(call("-X DELETE", "/api/v2/sessions/" + id).status()).isEqualTo(204);
    }

    @Test
    void theErrorExampleIsA404WithTheBodyShown() throws Exception {
        String section = Readme.section("### Errors");
        Call error = call("/api/v2/lotteries/7%2F77");
        assertThat(Readme.block(section, "text")).startsWith("HTTP/1.1 " + error.status() + " ");
        String body = error.body()
                .substring(error.body()
                        .indexOf("\r\n\r\n") + 4);
        assertThat(Readme.assertShownFiguresMatch(Readme.block(section, "text"), Readme.json(body))).isGreaterThan(
                3);
    }

    @Test
    void maintenanceAndTheDesignLibrary() throws Exception {
        List<String> blocks = Readme.blocks(Readme.section("### Maintenance"), "bash");
        List<String> shown = new ArrayList<>();
        for (String block : blocks) {
            Matcher comment = Pattern.compile("^# ([\\[{].*)$", Pattern.MULTILINE)
                    .matcher(block);
            while (comment.find()) {
                shown.add(comment.group(1));
            }
        }
        List<Call> maintenance = calls().stream()
                .filter(call -> call.arguments()
                        .contains("/api/v2/admin/maintenance/")
                        || call.arguments()
                                .contains("/api/v2/admin/design-library"))
                .toList();
        assertThat(maintenance).hasSize(shown.size() + 1);
        for (int i = 0; i < shown.size(); i++) {
            assertThat(maintenance.get(i)
                    .status()).isEqualTo(200);
            assertThat(Readme.assertShownFiguresMatch(shown.get(i), maintenance.get(i)
                    .json())).as(shown.get(i))
                    .isGreaterThanOrEqualTo(3);
        }
        Call listed = maintenance.get(maintenance.size() - 1);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json()
                .isArray()).isTrue();
    }

    @Test
    void runTimeSettingsAreChangedListedAndReverted() throws Exception {
        List<Call> settings = calls().stream()
                .filter(call -> call.arguments()
                        .contains("/api/v2/admin/settings"))
                .toList();
        assertThat(settings).hasSize(3);
        JsonNode changed = settings.get(0)
                .json();
        assertThat(settings.get(0)
                .status()).isEqualTo(200);
        assertThat(changed.at("/stoppingCriteria/tier3/changed")
                .asBoolean()).isTrue();
        assertThat(changed.at("/stoppingCriteria/tier3/changedBy")
                .asText()).isEqualTo("operator");
        assertThat(changed.at("/stoppingCriteria/tier3/values/pattern-grouping.hot-coverage-minimum")
                .asDouble()).isEqualTo(0.6);
        assertThat(settings.get(1)
                .json()
                .get(0)
                .get("name")
                .asText()).isEqualTo("stopping-criteria.tier3");
        assertThat(settings.get(2)
                .json()
                .at("/stoppingCriteria/tier3/changed")
                .asBoolean()).isFalse();
    }

    private static int port() {
        return ConfigProvider.getConfig()
                .getValue("quarkus.http.test-port", Integer.class);
    }
}
