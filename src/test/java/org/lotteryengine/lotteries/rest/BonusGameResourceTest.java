package org.lotteryengine.lotteries.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lotteryengine.support.PreciseJson;
import org.lotteryengine.support.TestClients;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Games with bonus numbers through the API: the seeded Powerball and EuroMillions with their operators' published odds,
 * games of both kinds created and read back, impossible and fuzzed definitions refused with a 400, and every feature
 * not built for them yet refusing them with a 422 rather than figures that ignore the bonus.
 */
@QuarkusTest
class BonusGameResourceTest {

    @BeforeAll
    static void preciseNumbers() {
        PreciseJson.enable();
    }

    private static JsonPath game(String id) {
        return given().get("/api/v2/lotteries/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** "tier 1 in X", X = totalCombinations / ways rounded to 2 decimals, as the operators publish odds. */
    private static List<String> publishedForm(JsonPath game) {
        BigDecimal total = new BigDecimal(game.getString("totalCombinations"));
        List<String> odds = new ArrayList<>();
        for (Map<String, Object> tier : game.<Map<String, Object>> getList("bonusTiers")) {
            BigDecimal ways = new BigDecimal(tier.get("ways")
                    .toString());
            odds.add(tier.get("tier") + " 1 in " + total.divide(ways, 2, RoundingMode.HALF_UP)
                    .toPlainString());
            assertThat(((Number) tier.get("oneIn")).doubleValue()).isCloseTo(total.doubleValue() / ways.doubleValue(),
                    org.assertj.core.data.Offset.offset(1e-6));
            assertThat(tier.get("exact")).isEqualTo(tier.get("ways") + "/" + game.getString("totalCombinations"));
        }
        return odds;
    }

    /** A decimal field as the service wrote it, all 34 significant digits. */
    private static BigDecimal exactDecimal(String game, String field) {
        try {
            return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(given().get("/api/v2/lotteries/" + game)
                            .asString())
                    .get(field)
                    .decimalValue();
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static String anyPrizeOneIn(JsonPath game) {
        return new BigDecimal(game.getString("totalCombinations")).divide(new BigDecimal(game.getString(
                "bonus.anyPrizeWays")), 2, RoundingMode.HALF_UP)
                .toPlainString();
    }

    @Test
    void powerballIsSeededWithItsPrizesAndEveryTiersPublishedOdds() {
        JsonPath powerball = game("powerball");

        assertThat(powerball.getString("name")).isEqualTo("Powerball");
        assertThat(powerball.getString("ticketPrice")).isEqualTo("2.0");
        assertThat(powerball.getLong("totalCombinations")).isEqualTo(292_201_338L);
        assertThat(powerball.getLong("bonus.mainDraws")).isEqualTo(11_238_513L);
        assertThat(powerball.getString("bonus.drum")).isEqualTo("separate");
        assertThat(powerball.getInt("bonus.ticketBonusNumbers")).isEqualTo(1);
        // powerball.com, "Prizes and Odds".
        assertThat(publishedForm(powerball)).containsExactly("5+1 1 in 292201338.00", "5+0 1 in 11688053.52",
                "4+1 1 in 913129.18", "4+0 1 in 36525.17", "3+1 1 in 14494.11", "3+0 1 in 579.76",
                "2+1 1 in 701.33", "1+1 1 in 91.98", "0+1 1 in 38.32");
        assertThat(anyPrizeOneIn(powerball)).isEqualTo("24.87");
        assertThat(powerball.getList("bonusTiers.rank", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        // C(5,j) C(64,5-j) main draws times 1 (Powerball matched) or 25 (missed).
        List<Long> ways = List.of(1L, 25L, 320L, 8_000L, 20_160L, 504_000L, 416_640L, 3_176_880L, 7_624_512L);
        assertThat(powerball.getList("bonusTiers.ways", Long.class)).containsExactlyElementsOf(ways);
        List<String> prizes = List.of("0", "1000000", "50000", "100", "100", "7", "7", "4", "4");
        assertThat(powerball.getList("bonusTiers.prizeType", String.class)).containsExactly("pari_mutuel", "fixed",
                "fixed", "fixed", "fixed", "fixed", "fixed", "fixed", "fixed");
        BigDecimal cents = BigDecimal.ZERO;
        for (int i = 0; i < ways.size(); i++) {
            cents = cents.add(new BigDecimal(prizes.get(i)).multiply(BigDecimal.valueOf(ways.get(i))));
        }
        BigDecimal expected = cents.divide(BigDecimal.valueOf(292_201_338L), MathContext.DECIMAL128);
        assertThat(exactDecimal("powerball", "expectedValuePerTicket")).isEqualByComparingTo(expected);
        assertThat(powerball.getBoolean("hasPariMutuelPrizes")).isTrue();
        // Tens digits 0..6 of 1..69, every decade with at least 5 numbers: C(7 + 5 - 1, 5) multisets.
        assertThat(powerball.getInt("patternCount")).isEqualTo(462);
        assertThat(powerball.getList("odds")).isEmpty();
        assertThat(powerball.getMap("prizeStructure")).isEmpty();
    }

    @Test
    void euroMillionsIsSeededWithItsThirteenPariMutuelTiersAndTheirPublishedOdds() {
        JsonPath euroMillions = game("euromillions");

        assertThat(euroMillions.getString("currency")).isEqualTo("EUR");
        assertThat(euroMillions.getLong("totalCombinations")).isEqualTo(139_838_160L);
        assertThat(euroMillions.getString("bonus.numberRange.max")).isEqualTo("12");
        assertThat(euroMillions.getInt("bonus.drawSize")).isEqualTo(2);
        assertThat(publishedForm(euroMillions)).containsExactly("5+2 1 in 139838160.00", "5+1 1 in 6991908.00",
                "5+0 1 in 3107514.67", "4+2 1 in 621502.93", "4+1 1 in 31075.15", "3+2 1 in 14125.07",
                "4+0 1 in 13811.18", "2+2 1 in 985.47", "3+1 1 in 706.25", "3+0 1 in 313.89", "1+2 1 in 187.71",
                "2+1 1 in 49.27", "2+0 1 in 21.90");
        // Published as "1 in 13".
        assertThat(anyPrizeOneIn(euroMillions)).isEqualTo("12.97");
        assertThat(euroMillions.getList("bonusTiers.prizeType", String.class)).containsOnly("pari_mutuel");
        assertThat(new BigDecimal(euroMillions.getString("expectedValuePerTicket"))).isZero();
    }

    @Test
    void gamesOfBothKindsAreCreatedAndReadBackFromTheDatabase() {
        String separate = "megaish-" + System.nanoTime();
        given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("""
                        {"id": "%s", "name": "Mega %s", "numberRange": {"min": 1, "max": 70}, "drawSize": 5,
                         "ticketPrice": 5.00,
                         "bonus": {"drum": "separate", "numberRange": {"min": 1, "max": 24}, "drawSize": 1},
                         "bonusTiers": [{"mainMatches": 5, "bonusMatches": 1, "prizeType": "pari_mutuel"},
                                        {"mainMatches": 5, "bonusMatches": 0, "prizeType": "fixed", "prize": 1000000},
                                        {"mainMatches": 4, "bonusMatches": 1, "prizeType": "fixed", "prize": 10000,
                                         "description": "4 + the ball"}]}
                        """.formatted(separate, separate))
                .post("/api/v2/lotteries")
                .then()
                .statusCode(201)
                .header("Location", endsWith("/api/v2/lotteries/" + separate))
                // Mega Millions' published jackpot odds since 2025-04-08: 1 in 290,472,336 = C(70,5) x 24.
                .body("totalCombinations", equalTo(290_472_336))
                .body("bonusTiers[2].tier", equalTo("4+1"))
                .body("bonusTiers[2].description", equalTo("4 + the ball"))
                // C(5,4) C(65,1) main draws match 4; the ball is 1 of 24.
                .body("bonusTiers[2].ways", equalTo(325));

        String same = "lotto-bonus-" + System.nanoTime();
        given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("""
                        {"id": "%s", "name": "Lotto %s", "numberRange": {"min": 1, "max": 49}, "drawSize": 6,
                         "ticketPrice": 1.00, "currency": "GBP", "bonus": {"drum": "same"},
                         "bonusTiers": [{"mainMatches": 6, "bonusMatches": 0, "prizeType": "pari_mutuel"},
                                        {"mainMatches": 5, "bonusMatches": 1, "prizeType": "pari_mutuel"},
                                        {"mainMatches": 5, "bonusMatches": 0, "prizeType": "pari_mutuel"},
                                        {"mainMatches": 4, "bonusMatches": 0, "prizeType": "pari_mutuel"},
                                        {"mainMatches": 3, "bonusMatches": 0, "prizeType": "fixed", "prize": 10}]}
                        """.formatted(same, same))
                .post("/api/v2/lotteries")
                .then()
                .statusCode(201);

        // The list reads every game from the database, not from what this replica remembers.
        List<Map<String, Object>> all = given().get("/api/v2/lotteries")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("");
        Map<String, Object> stored = all.stream()
                .filter(game -> same.equals(game.get("id")))
                .findFirst()
                .orElseThrow();
        JsonPath lotto = game(same);
        assertThat(lotto.getMap("")).isEqualTo(stored);
        // The UK Lotto's published odds before 2015 (6 of 49): 13,983,816 main draws, then the bonus ball from the 43
        // numbers left.
        assertThat(lotto.getLong("totalCombinations")).isEqualTo(13_983_816L * 43);
        assertThat(lotto.getString("bonus.drum")).isEqualTo("same");
        assertThat(lotto.getInt("bonus.ticketBonusNumbers")).isZero();
        assertThat(publishedForm(lotto)).containsExactly("6+0 1 in 13983816.00", "5+1 1 in 2330636.00",
                "5+0 1 in 55491.33", "4+0 1 in 1032.40", "3+0 1 in 56.66");
        assertThat(lotto.getString("bonusTiers[4].prize")).isEqualTo("10.0");

        given().header(TestClients.ADMIN)
                .delete("/api/v2/lotteries/" + same)
                .then()
                .statusCode(204);
        given().header(TestClients.ADMIN)
                .delete("/api/v2/lotteries/" + separate)
                .then()
                .statusCode(204);
    }

    private static Response create(String body) {
        return given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body(body)
                .post("/api/v2/lotteries");
    }

    private static String bonusGame(String bonus, String tiers) {
        return """
                {"id": "bad-bonus", "name": "bad bonus", "numberRange": {"min": 1, "max": 69}, "drawSize": 5,
                 "ticketPrice": 2, "bonus": %s, "bonusTiers": %s}""".formatted(bonus, tiers);
    }

    @Test
    void impossibleBonusGamesAreRefusedWithTheirReason() {
        String tiers = "[{\"mainMatches\": 5, \"bonusMatches\": 1, \"prizeType\": \"pari_mutuel\"}]";
        String separate = "{\"drum\": \"separate\", \"numberRange\": {\"min\": 1, \"max\": 26}}";
        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put(bonusGame("{\"drum\": \"middle\"}", tiers), "bonus.drum must be separate or same, got 'middle'");
        refused.put(bonusGame("{\"drum\": \"separate\"}", tiers), "a separate bonus drum needs bonus.numberRange");
        refused.put(bonusGame("{\"drum\": \"same\", \"numberRange\": {\"min\": 1, \"max\": 26}}", tiers),
                "leave bonus.numberRange out");
        refused.put(bonusGame(separate, "[]"), "a game with bonus numbers needs bonusTiers, best first");
        refused.put(bonusGame("{\"drum\": \"separate\", \"numberRange\": {\"min\": 1, \"max\": 100}}", tiers),
                "the largest bonus number must be at most 99, got 100");
        refused.put(bonusGame("{\"drum\": \"separate\", \"numberRange\": {\"min\": 1, \"max\": 26}, \"drawSize\": 3}",
                tiers), "a draw holds 1 to 2 bonus numbers, got 3");
        refused.put(bonusGame("{\"drum\": \"same\", \"drawSize\": 2}", tiers),
                "a bonus ball from the main drum is one ball, got 2");
        refused.put(bonusGame("{\"drum\": \"same\"}", tiers), "tier 5+1 is impossible");
        refused.put(bonusGame(separate, "[{\"mainMatches\": 6, \"bonusMatches\": 0, \"prizeType\": \"fixed\","
                + " \"prize\": 1}]"), "tier 6+0: 6 main matches are impossible when 5 are drawn");
        refused.put(bonusGame(separate, "[{\"mainMatches\": 4, \"bonusMatches\": 0, \"prizeType\": \"fixed\","
                + " \"prize\": 1}, {\"mainMatches\": 3, \"bonusMatches\": 0, \"prizeType\": \"fixed\", \"prize\": 5}]"),
                "tier 3+0 pays 5 but tier 4+0, ranked above it, pays only 1");
        refused.put(bonusGame(separate, "[{\"mainMatches\": 5, \"bonusMatches\": 1, \"prizeType\": \"lottery\"}]"),
                "prize type must be fixed, free_ticket or pari_mutuel, got 'lottery'");
        refused.put("""
                {"id": "bad-bonus", "name": "bad bonus", "numberRange": {"min": 1, "max": 69}, "drawSize": 5,
                 "ticketPrice": 2, "bonus": %s, "bonusTiers": %s,
                 "prizeStructure": {"tier3": {"prizeType": "fixed", "prize": 1}}}""".formatted(separate, tiers),
                "prizeStructure is for k-of-n games");
        refused.put("""
                {"id": "bad-bonus", "name": "bad bonus", "numberRange": {"min": 1, "max": 35}, "drawSize": 5,
                 "ticketPrice": 2, "bonusTiers": %s}""".formatted(tiers), "give its bonus, or use prizeStructure");
        refused.put("""
                {"id": "bad-bonus", "name": "bad bonus", "numberRange": {"min": 1, "max": 69}, "drawSize": 5,
                 "ticketPrice": 2}""", "the largest number must be at most 64, got 69");
        for (Map.Entry<String, String> bad : refused.entrySet()) {
            Response response = create(bad.getKey());
            assertThat(response.statusCode()).as(bad.getKey() + " -> " + response.asString())
                    .isEqualTo(400);
            assertThat(response.jsonPath()
                    .getString("message")).as(bad.getKey())
                    .contains(bad.getValue());
            assertThat(response.jsonPath()
                    .getString("error")).isIn("INVALID_LOTTERY_CONFIG", "INVALID_REQUEST");
        }
    }

    private static final Object[] INTS = { -1, 0, 1, 2, 3, 5, 6, 7, 10, 11, 26, 49, 50, 64, 65, 69, 70, 99, 100, 1000,
            Integer.MAX_VALUE, "null", "\"x\"", 1.5, "1e10" };

    private static Object pick(SplittableRandom random, Object[] values) {
        return values[random.nextInt(values.length)];
    }

    /** One field of a valid Powerball-like definition, with the values the fuzzer may put there instead. */
    private record Field(String name, Object valid, Object[] wrong) {
    }

    private static final Object[] TIER_MATCHES = { -1, 0, 1, 2, 3, 5, 6, 11, "null", "\"x\"" };
    private static final Object[] PRIZE_TYPES = { "\"fixed\"", "\"pari_mutuel\"", "\"free_ticket\"", "\"x\"",
            "null", "3" };
    private static final Object[] PRIZES = { "null", 0, 4, 7, 100, -5, "1.005", 1_000_000, "1e40" };

    private static String tier(SplittableRandom random, int main, int bonus, Object type, Object prize, double wrong) {
        return "{\"mainMatches\": %s, \"bonusMatches\": %s, \"prizeType\": %s, \"prize\": %s}".formatted(random
                .nextDouble() < wrong ? pick(random, TIER_MATCHES) : main, random.nextDouble() < wrong ? pick(random,
                        TIER_MATCHES) : bonus,
                random.nextDouble() < wrong ? pick(random, PRIZE_TYPES) : type, random.nextDouble() < wrong ? pick(
                        random, PRIZES) : prize);
    }

    @Test
    void fuzzedBonusGameDefinitionsGet400sNever500s() {
        SplittableRandom random = new SplittableRandom(20_261_207L);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<Field> fields = List.of(new Field("min", 1, INTS), new Field("max", 69, INTS), new Field("drawSize", 5,
                INTS), new Field("ticketPrice", 2, new Object[] { 0, -1, "0.001", "null", 1e9 }),
                new Field("drum",
                        "\"separate\"", new Object[] { "\"same\"", "\"SAME\"", "null", 7, "\"\"" }),
                new Field("bonusMin", 1, INTS), new Field("bonusMax", 26, INTS), new Field("bonusDrawn", 1, INTS));
        for (int i = 0; i < 300; i++) {
            // Each field is wrong with some chance, so that runs reach valid games, single faults and many at once.
            double wrong = random.nextDouble() * 0.4;
            Map<String, Object> value = new java.util.HashMap<>();
            for (Field field : fields) {
                value.put(field.name(), random.nextDouble() < wrong ? pick(random, field.wrong()) : field.valid());
            }
            List<String> tiers = new ArrayList<>();
            tiers.add(tier(random, 5, 1, "\"pari_mutuel\"", "null", wrong));
            tiers.add(tier(random, 5, 0, "\"fixed\"", 1_000_000, wrong));
            tiers.add(tier(random, 4, 1, "\"fixed\"", 50_000, wrong));
            tiers.add(tier(random, 4, 0, "\"fixed\"", 100, wrong));
            if (random.nextDouble() < wrong) {
                tiers.remove(random.nextInt(tiers.size()));
            }
            String id = "fuzz-bonus-" + i;
            String body = """
                    {"id": "%s", "name": "fuzz bonus %d", "numberRange": {"min": %s, "max": %s}, "drawSize": %s,
                     "ticketPrice": %s, "bonus": {"drum": %s, "numberRange": {"min": %s, "max": %s}, "drawSize": %s},
                     "bonusTiers": [%s]}""".formatted(id, i, value.get("min"), value.get("max"), value.get(
                    "drawSize"), value.get("ticketPrice"), value.get("drum"), value.get("bonusMin"),
                    value.get(
                            "bonusMax"),
                    value.get("bonusDrawn"), String.join(", ", tiers));
            Response response = create(body);
            statuses.merge(response.statusCode(), 1, Integer::sum);
            assertThat(response.statusCode()).as(body + " -> " + response.asString())
                    .isIn(201, 400);
            assertThat(response.jsonPath()
                    .getString(response.statusCode() == 201 ? "id" : "error")).as(body)
                    .isNotBlank();
            if (response.statusCode() == 201) {
                JsonPath created = response.jsonPath();
                long ways = created.getList("bonusTiers.ways", Long.class)
                        .stream()
                        .mapToLong(Long::longValue)
                        .sum();
                assertThat(ways).isEqualTo(created.getLong("bonus.anyPrizeWays"))
                        .isLessThanOrEqualTo(created.getLong("totalCombinations"));
                given().header(TestClients.ADMIN)
                        .delete("/api/v2/lotteries/" + id)
                        .then()
                        .statusCode(204);
            }
        }
        // Most definitions are wrong somewhere; the run must also reach games that can exist.
        assertThat(statuses).containsKeys(201, 400);
    }

    private static String createGame(String prefix, String bonus, int max, int drawSize, String tiers) {
        String id = prefix + "-" + System.nanoTime();
        given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("""
                        {"id": "%s", "name": "%s", "numberRange": {"min": 1, "max": %d}, "drawSize": %d,
                         "ticketPrice": 2, "bonus": %s, "bonusTiers": %s}""".formatted(id, id, max, drawSize, bonus,
                        tiers))
                .post("/api/v2/lotteries")
                .then()
                .statusCode(201);
        return id;
    }

    @Test
    void bonusDrawsImportWithTheirBonusNumbersAndEveryBadRowIsListedWithItsLineAndReason() {
        String powerball = createGame("pb-import", "{\"drum\": \"separate\", \"numberRange\": {\"min\": 1, \"max\": 26}}",
                69, 5, "[{\"mainMatches\": 5, \"bonusMatches\": 1, \"prizeType\": \"pari_mutuel\"}]");
        Response imported = given().header(TestClients.ADMIN)
                .contentType("text/csv")
                .body("""
                        draw_date,n1,n2,n3,n4,n5,powerball
                        2024-01-01,69,12,33,4,50,26
                        2024-01-03,1,2,3,4,5,27
                        2024-01-06,1,2,3,4,5
                        2024-01-08,5,10,15,20,25,5
                        """)
                .post("/api/v2/draws/" + powerball);
        assertThat(imported.statusCode()).as(imported.asString())
                .isEqualTo(200);
        assertThat(imported.jsonPath()
                .getInt("stored")).isEqualTo(2);
        assertThat(imported.jsonPath()
                .getList("rejected.line", Integer.class)).containsExactly(3, 4);
        assertThat(imported.jsonPath()
                .getList("rejected.reason", String.class)).containsExactly("bonus number 27 is outside 1..26",
                        "expected 7 columns, found 6");
        JsonPath page = given().get("/api/v2/draws/" + powerball)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(page.getList("draws.numbers")).containsExactly(List.of(5, 10, 15, 20, 25), List.of(4, 12, 33, 50,
                69));
        // A bonus number may equal a main number when it has a drum of its own.
        assertThat(page.getList("draws.bonus")).containsExactly(List.of(5), List.of(26));

        // The same draws again are already stored; the same date with another Powerball conflicts.
        Response again = given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("""
                        {"draws": [{"date": "2024-01-01", "numbers": [4, 12, 33, 50, 69], "bonus": [26]},
                                   {"date": "2024-01-08", "numbers": [5, 10, 15, 20, 25], "bonus": [6]},
                                   {"date": "2024-01-09", "numbers": [5, 10, 15, 20, 25]}]}""")
                .post("/api/v2/draws/" + powerball);
        assertThat(again.statusCode()).as(again.asString())
                .isEqualTo(200);
        assertThat(again.jsonPath()
                .getInt("alreadyStored")).isEqualTo(1);
        assertThat(again.jsonPath()
                .getList("rejected.reason", String.class)).containsExactly(
                        "conflicts with the stored draw of 2024-01-08: [5, 10, 15, 20, 25] + [5]",
                        "expected 1 bonus number, found 0");

        // A header without the bonus column refuses the whole file.
        given().header(TestClients.ADMIN)
                .contentType("text/csv")
                .body("draw_date,n1,n2,n3,n4,n5\n2024-02-01,1,2,3,4,5\n")
                .post("/api/v2/draws/" + powerball)
                .then()
                .statusCode(400)
                .body("message", org.hamcrest.Matchers.containsString("1 bonus column (named bonus…"));

        String lotto = createGame("lotto-import", "{\"drum\": \"same\"}", 49, 6,
                "[{\"mainMatches\": 6, \"bonusMatches\": 0, \"prizeType\": \"pari_mutuel\"}]");
        Response sameDrum = given().header(TestClients.ADMIN)
                .contentType("text/csv")
                .body("""
                        Date,Ball 1,Ball 2,Ball 3,Ball 4,Ball 5,Ball 6,Bonus Ball
                        2024-02-03,1,2,3,4,5,6,7
                        2024-02-07,1,2,3,4,5,6,6
                        """)
                .post("/api/v2/draws/" + lotto);
        assertThat(sameDrum.jsonPath()
                .getInt("stored")).isEqualTo(1);
        assertThat(sameDrum.jsonPath()
                .getList("rejected.reason", String.class)).containsExactly(
                        "the bonus ball 6 is also a main number: it is drawn from the balls left");
        // The analysis counts both drums and the main numbers' patterns beside a fair game, exactly.
        JsonPath analysis = given().get("/api/v2/pattern-analysis/" + powerball)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(analysis.getInt("totalAnalyzedDraws")).isEqualTo(2);
        assertThat(analysis.getList("mainNumbers")).hasSize(69);
        assertThat(analysis.getInt("mainNumbers.find { it.number == 4 }.frequency")).isEqualTo(1);
        assertThat(analysis.getDouble("mainNumbers.find { it.number == 4 }.percentage")).isEqualTo(50.0);
        assertThat(analysis.getDouble("mainNumbers[0].expectedFrequency")).isCloseTo(2 * 5 / 69.0, within(1e-12));
        assertThat(analysis.getList("bonusNumbers")).hasSize(26);
        assertThat(analysis.getInt("bonusNumbers.find { it.number == 26 }.frequency")).isEqualTo(1);
        assertThat(analysis.getDouble("bonusNumbers[0].expectedPercentage")).isCloseTo(100 / 26.0, within(1e-12));
        // Tens digits of [5, 10, 15, 20, 25]: one of the 9 numbers 1..9, two of 10..19, two of 20..29.
        assertThat(analysis.getInt("patterns.find { it.pattern == '01122' }.frequency")).isEqualTo(1);
        assertThat(analysis.getDouble("patterns.find { it.pattern == '01122' }.expectedPercentage")).isCloseTo(
                9.0 * 45 * 45 / 11_238_513 * 100, within(1e-12));
        assertThat(analysis.getList("patterns")).hasSize(462);
        assertThat(analysis.getString("fairness.bonusNumbers.interpretation")).startsWith(
                "Chi-square of bonus numbers:");
        // Asking for observed data of a game with too few draws is the same 4104 as for any game.
        given().get("/api/v2/pattern-analysis/" + powerball + "?source=observed")
                .then()
                .statusCode(422)
                .body("code", equalTo(4104));

        // Its analysis is computed at each request, so a bonus game with draws never makes the pattern data stale.
        org.lotteryengine.support.Management.given()
                .get("/q/health/well")
                .then()
                .statusCode(200);

        // A k-of-n game's rows have no bonus numbers.
        Response kOfN = given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("{\"draws\": [{\"date\": \"2024-01-01\", \"numbers\": [1, 2, 3, 4, 5], \"bonus\": [6]}]}")
                .post("/api/v2/draws/" + org.lotteryengine.support.TestGames.create535("no-bonus"));
        assertThat(kOfN.jsonPath()
                .getList("rejected.reason", String.class)).containsExactly("this game draws no bonus numbers");
    }

    @Test
    void featuresNotBuiltForBonusGamesRefuseThemWithA422() {
        List<Response> refusals = List.of(given().contentType("application/json")
                .body("{\"lotteryType\": \"Powerball\", \"pool\": [1, 2, 3, 4, 5, 6, 7],"
                        + " \"guarantee\": {\"matches\": 3, \"ifDrawnInPool\": 3}}")
                .post("/api/v2/wheels"),
                given().get("/api/v2/validation/euromillions"));
        for (Response refusal : refusals) {
            assertThat(refusal.statusCode()).as(refusal.asString())
                    .isEqualTo(422);
            assertThat(refusal.jsonPath()
                    .getString("error")).isEqualTo("UNSUPPORTED_FOR_BONUS_GAME");
            assertThat(refusal.jsonPath()
                    .getInt("code")).isEqualTo(4220);
            assertThat(refusal.jsonPath()
                    .getString("message")).contains("draws bonus numbers");
        }
    }
}
