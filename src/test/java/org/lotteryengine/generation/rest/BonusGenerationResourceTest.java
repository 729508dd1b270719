package org.lotteryengine.generation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lotteryengine.support.PreciseJson;
import org.lotteryengine.support.SseClient;
import org.lotteryengine.support.TestClients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * POST /api/v2/generate-tickets on Powerball: every tier and strategy answers a set whose evaluation is exactly what
 * POST /api/v2/evaluate answers for its tickets, the session keeps it, the exports carry the bonus numbers, and the
 * requests a bonus game cannot take are refused with their reason.
 */
@QuarkusTest
class BonusGenerationResourceTest {

    private static final List<String> POWERBALL_TIERS = List.of("5+1", "5+0", "4+1", "4+0", "3+1", "3+0", "2+1",
            "1+1", "0+1");

    @BeforeAll
    static void preciseNumbers() {
        PreciseJson.enable();
    }

    private static Response generate(String body) {
        return given().contentType("application/json")
                .body(body)
                .post("/api/v2/generate-tickets");
    }

    static Stream<Arguments> tiersAndStrategies() {
        List<Arguments> cases = new ArrayList<>();
        for (String tier : POWERBALL_TIERS) {
            for (String strategy : List.of("conservative", "balanced", "aggressive")) {
                cases.add(Arguments.of(tier, strategy));
            }
        }
        return cases.stream();
    }

    @TestHTTPResource("/")
    URI base;

    /**
     * A bonus generation's status stream: each threshold its tickets meet, a progress event after each exact pass that
     * measures a bonus placement (the last with the kept set's exact objective, the targets those the stored set was
     * checked against), then complete.
     */
    @Test
    void anAsyncBonusGenerationStreamsItsProgress() throws Exception {
        String sessionId = given().contentType("application/json")
                .header("Prefer", "respond-async")
                .body("""
                        {"lotteryType": "powerball", "targetTier": "tier3+0", "numberOfTickets": 5,
                         "strategy": "conservative", "seed": 21}""")
                .post("/api/v2/generate-tickets")
                .then()
                .statusCode(202)
                .extract()
                .path("sessionId");

        List<SseClient.Event> events = SseClient.read(base.resolve("api/v2/generation-status/" + sessionId), null,
                Duration.ofSeconds(60))
                .events();

        List<String> names = events.stream()
                .map(SseClient.Event::name)
                .toList();
        assertThat(names.get(names.size() - 1)).isEqualTo("complete");
        assertThat(names.stream()
                .filter("progress"::equals)
                .count()).isEqualTo(2);
        assertThat(names.subList(0, names.indexOf("progress"))).allMatch("threshold_met"::equals);
        JsonPath stored = given().get("/api/v2/sessions/" + sessionId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        ObjectMapper json = new ObjectMapper();
        JsonNode last = json.readTree(events.get(names.lastIndexOf("progress"))
                .data());
        assertThat(last.get("attempt")
                .asInt()).isEqualTo(1);
        assertThat(last.get("objective")
                .asDouble()).isEqualTo(stored.getDouble("generation.objectiveValue"));
        assertThat(last.get("thresholds")
                .get("hotCoverageMinimum")
                .asDouble()).isEqualTo(stored.getDouble(
                        "generation.thresholds.find { it.name == 'hotPatternCoverage' }.required"));
        assertThat(last.get("thresholds")
                .has("qualityMinimum")).isFalse();
        assertThat(last.get("patternCoverage")
                .has("hot")).isTrue();
        long met = stored.getList("generation.thresholds.met", Boolean.class)
                .stream()
                .filter(Boolean::booleanValue)
                .count();
        assertThat(names.stream()
                .filter("threshold_met"::equals)
                .count()).isEqualTo(met);
    }

    @ParameterizedTest(name = "tier{0} {1}")
    @MethodSource("tiersAndStrategies")
    void everyPowerballTierAndStrategyAnswersFiguresEqualToAnExactReevaluation(String tier, String strategy) {
        JsonPath set = generate("""
                {"lotteryType": "powerball", "targetTier": "tier%s", "numberOfTickets": 5, "strategy": "%s",
                 "seed": 19}""".formatted(tier, strategy)).then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(set.getString("generation.targetTier")).isEqualTo("tier" + tier);
        assertThat(set.getString("generation.degradationLevel")).isEqualTo("normal");
        List<List<Integer>> main = set.getList("tickets.numbers");
        List<List<Integer>> bonus = set.getList("tickets.bonusNumbers");
        assertThat(main).hasSize(5)
                .allSatisfy(numbers -> assertThat(numbers).hasSize(5)
                        .allSatisfy(number -> assertThat(number).isBetween(1, 69)));
        assertThat(bonus).allSatisfy(numbers -> assertThat(numbers).hasSize(1)
                .allSatisfy(number -> assertThat(number).isBetween(1, 26)));

        Map<String, Object> again = given().contentType("application/json")
                .body(Map.of("lotteryType", "powerball", "tickets", main, "bonus", bonus))
                .post("/api/v2/evaluate")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("");
        assertThat(set.<String, Object> getMap("evaluation")).isEqualTo(again);
        // The objective's figures are the evaluation's: P(at least one win) is the target tier's coverage.
        int rank = POWERBALL_TIERS.indexOf(tier);
        assertThat(set.getDouble("generation.probabilityAtLeastOneWin")).isEqualTo(set.getDouble(
                "evaluation.tiers[" + rank + "].probabilityAtLeastOne"));
        assertThat(set.getDouble("generation.objectiveValue")).isEqualTo(switch (strategy) {
            case "conservative" -> set.getDouble("generation.probabilityAtLeastOneWin");
            case "aggressive" -> set.getDouble("generation.probabilityAtLeastTwoWins");
            default -> (set.getDouble("generation.probabilityAtLeastOneWin") + set.getDouble(
                    "generation.probabilityAtLeastTwoWins")) / 2;
        });
    }

    @Test
    void theSessionKeepsTheSetAndItsExportsCarryTheBonusNumbers() {
        JsonPath set = generate("""
                {"lotteryType": "euromillions", "targetTier": "tier2+2", "numberOfTickets": 4, "strategy": "balanced",
                 "seed": 3}""").then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String sessionId = set.getString("sessionId");
        List<List<Integer>> bonus = set.getList("tickets.bonusNumbers");
        assertThat(bonus).allSatisfy(numbers -> assertThat(numbers).hasSize(2));

        JsonPath stored = given().get("/api/v2/sessions/" + sessionId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(stored.getList("tickets.bonusNumbers")).isEqualTo(bonus);
        assertThat(stored.getString("sessionStatus")).isEqualTo("completed");

        String csv = given().get("/api/v2/sessions/" + sessionId + "/export?format=csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> lines = csv.lines()
                .toList();
        assertThat(lines.get(0)).isEqualTo("index,numbers,bonusNumbers,pattern,patternGroup,generationStrategy");
        List<Integer> first = bonus.get(0);
        assertThat(lines.get(1)).contains(",%d %d,".formatted(first.get(0), first.get(1)));

        given().get("/api/v2/sessions/" + sessionId + "/export?format=pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf");
        JsonPath exported = given().get("/api/v2/sessions/" + sessionId + "/export?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(exported.<String, Object> getMap("exactEvaluation")).isEqualTo(exported.getMap("evaluation"));
    }

    @Test
    void aSameDrumGameGeneratesTicketsWithoutBonusNumbers() {
        String id = "lotto-generated-" + System.nanoTime();
        given().contentType("application/json")
                .header(TestClients.ADMIN)
                .body("""
                        {"id": "%s", "name": "Lotto %s", "numberRange": {"min": 1, "max": 49}, "drawSize": 6,
                         "ticketPrice": 2.00, "currency": "GBP", "bonus": {"drum": "same"},
                         "bonusTiers": [{"mainMatches": 6, "bonusMatches": 0, "prizeType": "pari_mutuel"},
                                        {"mainMatches": 5, "bonusMatches": 1, "prizeType": "fixed", "prize": 1000},
                                        {"mainMatches": 5, "bonusMatches": 0, "prizeType": "fixed", "prize": 100},
                                        {"mainMatches": 4, "bonusMatches": 0, "prizeType": "fixed", "prize": 30},
                                        {"mainMatches": 3, "bonusMatches": 0, "prizeType": "fixed", "prize": 10}]}
                        """.formatted(id, id))
                .post("/api/v2/lotteries")
                .then()
                .statusCode(201);

        JsonPath set = generate("""
                {"lotteryType": "%s", "targetTier": "tier5+1", "numberOfTickets": 3,
                 "strategy": "conservative", "seed": 5}""".formatted(id)).then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(set.getList("tickets.bonusNumbers")).allSatisfy(numbers -> assertThat((List<?>) numbers)
                .isEmpty());
        assertThat(set.getString("generation.bonusPlacement")).isEqualTo("none");
        assertThat(set.getList("evaluation.tiers.tier")).containsExactly("6+0", "5+1", "5+0", "4+0", "3+0");
    }

    @Test
    void requestsABonusGameCannotTakeAreRefusedWithTheirReason() {
        generate("""
                {"lotteryType": "powerball", "targetTier": "tier2", "numberOfTickets": 5, "strategy": "balanced"}""")
                .then()
                .statusCode(400)
                .body("code", equalTo(4001))
                .body("message", equalTo("targetTier must be a prize tier of this game, main + bonus matches: 5+1,"
                        + " 5+0, 4+1, 4+0, 3+1, 3+0, 2+1, 1+1, 0+1; got tier2"));
        generate("""
                {"lotteryType": "5/35", "targetTier": "tier4+1", "numberOfTickets": 5, "strategy": "balanced"}""")
                .then()
                .statusCode(400)
                .body("code", equalTo(4001))
                .body("message", equalTo("5/35 draws no bonus numbers: its tiers are tierM, e.g. tier5, got"
                        + " tier4+1"));
        generate("""
                {"lotteryType": "powerball", "targetTier": "tier3+1", "numberOfTickets": 5, "strategy": "balanced",
                 "budget": 9}""").then()
                .statusCode(400)
                .body("code", equalTo(4004))
                .body("message", containsString("5 tickets at 2.00 cost 10.00, above the budget of 9"));
        generate("""
                {"lotteryType": "powerball", "targetTier": "tier3+1", "numberOfTickets": 400, "strategy": "balanced"}""")
                .then()
                .statusCode(400)
                .body("code", equalTo(4002))
                .body("message", containsString("400 tickets of Powerball cost"));
    }
}
