package org.lotteryengine.evaluation.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.evaluation.BonusSetEvaluation;
import org.lotteryengine.engine.evaluation.BonusSetEvaluator;
import org.lotteryengine.engine.evaluation.BonusTicket;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.BonusGames;
import org.lotteryengine.support.PreciseJson;
import org.lotteryengine.support.TestClients;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * POST /api/v2/evaluate on games with bonus numbers: one Powerball ticket against its tier odds counted by hand, two
 * tickets against the engine's evaluator (itself checked against brute force), and the requests it refuses.
 */
@QuarkusTest
class BonusEvaluationResourceTest {

    /** Powerball's ways per tier, best first: C(5,j) C(64,5-j) main draws times 1 or 25 Powerballs. */
    private static final long[] WAYS = { 1, 25, 320, 8_000, 20_160, 504_000, 416_640, 3_176_880, 7_624_512 };
    private static final long TOTAL = 292_201_338L;

    @BeforeAll
    static void preciseNumbers() {
        PreciseJson.enable();
    }

    private static Response evaluate(String body) {
        return given().contentType("application/json")
                .body(body)
                .post("/api/v2/evaluate");
    }

    @Test
    void oneTicketWinsEachTierOnExactlyItsWays() {
        JsonPath one = evaluate("""
                {"lotteryType": "Powerball", "tickets": [[5, 4, 3, 2, 1]], "bonus": [[7]]}""").then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(one.getLong("totalDraws")).isEqualTo(TOTAL);
        assertThat(one.getList("tiers.tier", String.class)).containsExactly("5+1", "5+0", "4+1", "4+0", "3+1", "3+0",
                "2+1", "1+1", "0+1");
        assertThat(one.getList("tiers.bonusMatches", Integer.class)).containsExactly(1, 0, 1, 0, 1, 0, 1, 1, 1);
        List<Long> atLeast = new ArrayList<>();
        long sum = 0;
        for (long ways : WAYS) {
            sum += ways;
            atLeast.add(sum);
        }
        assertThat(one.getList("tiers.drawsWithWinAtLeast", Long.class)).containsExactlyElementsOf(atLeast);
        // One ticket: its chance is the tier's own, whatever ticket it is, and so is a random ticket's.
        assertThat(one.getDouble("tiers[8].probabilityAtLeastOne")).isCloseTo(11_750_538.0 / TOTAL, within(1e-15));
        assertThat(one.getDouble("tiers[8].randomDistinctTickets")).isCloseTo(11_750_538.0 / TOTAL, within(1e-12));
        assertThat(one.getString("guarantee")).isNull();

        // The payout: each fixed prize on its tier's draws; the pari-mutuel jackpot counts as 0.
        Map<String, Long> drawsPerPayout = new java.util.TreeMap<>();
        for (Map<String, Object> point : one.<Map<String, Object>> getList("payout.distribution")) {
            drawsPerPayout.put(new BigDecimal(point.get("payout")
                    .toString()).stripTrailingZeros()
                    .toPlainString(), ((Number) point.get("draws")).longValue());
        }
        assertThat(drawsPerPayout).containsExactlyInAnyOrderEntriesOf(Map.of("0", TOTAL - 11_750_538 + 1, "4",
                3_176_880L + 7_624_512, "7", 504_000L + 416_640, "100", 8_000L + 20_160, "50000", 320L, "1000000",
                25L));
        BigDecimal expected = BigDecimal.valueOf(93_466_048L)
                .divide(BigDecimal.valueOf(TOTAL), MathContext.DECIMAL128);
        assertThat(one.getDouble("payout.expectedRevenue")).isCloseTo(expected.doubleValue(), within(1e-15));
        assertThat(one.getBoolean("payout.excludesPariMutuel")).isTrue();
    }

    @Test
    void twoTicketsGiveTheEnginesExactFiguresForEveryTier() {
        JsonPath two = evaluate("""
                {"lotteryType": "powerball", "tickets": [[1, 2, 3, 4, 5], [1, 2, 3, 40, 69]],
                 "bonus": [[26], [3]]}""").then()
                .statusCode(200)
                .extract()
                .jsonPath();

        BonusGame powerball = BonusGames.powerball();
        BonusSetEvaluation engine = BonusSetEvaluator.evaluate(powerball, List.of(BonusTicket.of(powerball, 0,
                new int[] { 1, 2, 3, 4, 5 }, new int[] { 26 }),
                BonusTicket.of(powerball, 1, new int[] { 1, 2, 3, 40,
                        69 }, new int[] { 3 })),
                org.lotteryengine.engine.Interruption.NONE);
        for (int rank = 0; rank < WAYS.length; rank++) {
            assertThat(two.getLong("tiers[%d].drawsWithWinAtLeast".formatted(rank))).isEqualTo(engine
                    .drawsWithWinAtLeast(rank));
        }
        assertThat(two.getInt("numberOfTickets")).isEqualTo(2);
        assertThat(two.getString("cost")).isEqualTo("4.0");
        // Overlapping tickets cover fewer draws than two tickets would apart.
        assertThat(two.getLong("tiers[8].drawsWithWinAtLeast")).isLessThan(2 * 11_750_538L);
    }

    @Test
    void aSameDrumGamesTicketsHoldNoBonusNumbers() {
        String id = "same-eval-" + System.nanoTime();
        given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("""
                        {"id": "%s", "name": "%s", "numberRange": {"min": 1, "max": 20}, "drawSize": 6,
                         "ticketPrice": 1, "bonus": {"drum": "same"},
                         "bonusTiers": [{"mainMatches": 6, "bonusMatches": 0, "prizeType": "pari_mutuel"},
                                        {"mainMatches": 5, "bonusMatches": 1, "prizeType": "fixed", "prize": 500},
                                        {"mainMatches": 5, "bonusMatches": 0, "prizeType": "fixed", "prize": 50}]}"""
                        .formatted(id, id))
                .post("/api/v2/lotteries")
                .then()
                .statusCode(201);

        JsonPath one = evaluate("{\"lotteryType\": \"%s\", \"tickets\": [[1, 2, 3, 4, 5, 6]]}".formatted(id)).then()
                .statusCode(200)
                .extract()
                .jsonPath();
        // C(20,6) main draws, then the bonus ball from the 14 left: 5+1 needs the one missed ticket number.
        assertThat(one.getLong("totalDraws")).isEqualTo(38_760L * 14);
        assertThat(one.getList("tiers.drawsWithWinAtLeast", Long.class)).containsExactly(14L, 14L + 6 * 14, 14L
                + 6 * 14 + 6 * 14 * 13);

        Response withBonus = evaluate("{\"lotteryType\": \"%s\", \"tickets\": [[1, 2, 3, 4, 5, 6]], \"bonus\": [[7]]}"
                .formatted(id));
        assertThat(withBonus.statusCode()).isEqualTo(400);
        assertThat(withBonus.jsonPath()
                .getString("message")).contains("the bonus ball of this game comes from the main drum");
    }

    @Test
    void requestsThatCannotBeEvaluatedAreRefusedWithTheField() {
        Map<String, String> refused = Map.of("""
                {"lotteryType": "Powerball", "tickets": [[1, 2, 3, 4, 5]]}""", "bonus", """
                {"lotteryType": "Powerball", "tickets": [[1, 2, 3, 4, 5]], "bonus": [[7]], "lowestTier": "tier3"}""",
                "lowestTier", """
                        {"lotteryType": "5/35", "tickets": [[1, 2, 3, 4, 5]], "bonus": [[7]]}""", "bonus", """
                        {"lotteryType": "Powerball", "tickets": [[1, 2, 3, 4, 5]], "bonus": [[27]]}""", "tickets[0]");
        for (Map.Entry<String, String> bad : refused.entrySet()) {
            Response response = evaluate(bad.getKey());
            assertThat(response.statusCode()).as(bad.getKey() + " -> " + response.asString())
                    .isEqualTo(400);
            assertThat(response.jsonPath()
                    .getString("details.field")).as(bad.getKey())
                    .isEqualTo(bad.getValue());
        }
        assertThat(evaluate("""
                {"lotteryType": "Powerball", "tickets": [[1, 2, 3, 4, 5]], "bonus": [[27]]}""").jsonPath()
                .getString("message")).contains("27 is not a bonus number of this game (1..26)");
    }
}
