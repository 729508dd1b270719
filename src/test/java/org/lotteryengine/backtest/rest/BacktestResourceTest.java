package org.lotteryengine.backtest.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lotteryengine.support.ApiCalls;
import org.lotteryengine.support.PdfText;
import org.lotteryengine.support.PreciseJson;
import org.lotteryengine.support.SharedData;
import org.lotteryengine.support.TestClients;
import org.lotteryengine.support.TestGames;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * POST /api/v2/backtest against an independent replay of shared/data's Texas histories: every observed figure, the
 * means in closed form, the draws-with-a-win interval from a binomial.
 */
@QuarkusTest
class BacktestResourceTest {

    /** Texas Cash Five's prizes (../shared/data/SOURCES.md): 2 = free $1 ticket, 3 = $15, 4 = $350, 5 = $25,000. */
    private static final Map<Integer, Long> TEXAS_535_CENTS = Map.of(2, 100L, 3, 1_500L, 4, 35_000L, 5, 2_500_000L);
    private static final List<int[]> TICKETS = List.of(new int[] { 5, 16, 23, 28, 34 }, new int[] { 1, 2, 3, 4, 5 },
            new int[] { 7, 11, 19, 26, 33 }, new int[] { 2, 9, 14, 21, 35 }, new int[] { 3, 12, 17, 24, 30 },
            new int[] { 6, 13, 20, 27, 31 }, new int[] { 8, 10, 18, 25, 32 }, new int[] { 4, 15, 22, 29, 35 });

    @BeforeAll
    static void preciseNumbers() {
        PreciseJson.enable();
    }

    @Test
    void texasCashFiveEqualsAnIndependentReplay() throws IOException {
        List<String> lines = Files.readAllLines(SharedData.file(SharedData.TEXAS_5_35));
        String game = texasCashFive("backtest-535");
        ApiCalls.importCsv(game, String.join("\n", lines), true)
                .then()
                .statusCode(200);

        JsonPath answer = backtest("""
                {"lotteryType": "%s", "tickets": %s}""".formatted(game, json(TICKETS)));

        // The replay, by hand: each line of the file against each ticket.
        long[] wins = new long[6];
        long payout = 0;
        int drawsWithWin = 0;
        int longest = 0;
        int run = 0;
        String runStart = null;
        String longestFrom = null;
        String longestTo = null;
        List<String> jackpotOr4Dates = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            List<Integer> drawn = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                drawn.add(Integer.parseInt(cells[i]));
            }
            boolean won = false;
            for (int[] ticket : TICKETS) {
                int matches = 0;
                for (int number : ticket) {
                    matches += drawn.contains(number) ? 1 : 0;
                }
                if (matches >= 2) {
                    won = true;
                    wins[matches]++;
                    payout += TEXAS_535_CENTS.get(matches);
                    if (matches >= 4) {
                        jackpotOr4Dates.add(cells[0]);
                    }
                }
            }
            if (won) {
                drawsWithWin++;
                run = 0;
            } else {
                if (run == 0) {
                    runStart = cells[0];
                }
                run++;
                if (run > longest) {
                    longest = run;
                    longestFrom = runStart;
                    longestTo = cells[0];
                }
            }
        }
        int draws = lines.size() - 1;
        long cost = 100L * TICKETS.size() * draws;

        assertThat(answer.getInt("draws")).isEqualTo(1_035);
        assertThat(answer.getString("from")).isEqualTo("2018-09-24");
        assertThat(answer.getString("to")).isEqualTo("2022-01-12");
        assertThat(answer.getInt("tickets")).isEqualTo(8);
        assertThat(answer.getString("currency")).isEqualTo("USD");
        assertThat(answer.getList("tiers.tier")).containsExactly("tier5", "tier4", "tier3", "tier2");
        assertThat(answer.getList("tiers.prizeType")).containsExactly("fixed", "fixed", "fixed", "free_ticket");
        for (int matches = 2; matches <= 5; matches++) {
            String tier = "tiers.find { it.matches == %d }.".formatted(matches);
            assertThat(answer.getLong(tier + "winningTickets")).as("tier%d wins", matches)
                    .isEqualTo(wins[matches]);
            // The mean in closed form: draws × tickets × C(5, j) C(30, 5 - j) / C(35, 5).
            double mean = (double) draws * TICKETS.size() * binomial(5, matches) * binomial(30, 5 - matches)
                    / 324_632;
            assertThat(answer.getDouble(tier + "expected.mean")).as("tier%d mean", matches)
                    .isCloseTo(mean, within(0.00005));
            assertThat(answer.getLong(tier + "expected.low95")).isLessThanOrEqualTo(answer.getLong(tier
                    + "expected.high95"));
        }
        assertThat(new BigDecimal(answer.getString("payout.observed"))).isEqualByComparingTo(BigDecimal.valueOf(payout,
                2));
        assertThat(new BigDecimal(answer.getString("cost"))).isEqualByComparingTo(BigDecimal.valueOf(cost, 2));
        assertThat(new BigDecimal(answer.getString("net.observed"))).isEqualByComparingTo(BigDecimal.valueOf(payout
                - cost, 2));
        assertThat(new BigDecimal(answer.getString("net.expected.low95"))).isEqualByComparingTo(new BigDecimal(answer
                .getString("payout.expected.low95")).subtract(BigDecimal.valueOf(cost, 2)));
        assertThat(answer.getLong("drawsWithWin.observed")).isEqualTo(drawsWithWin);
        assertThat(answer.getInt("longestRunWithoutWin.observed")).isEqualTo(longest);
        assertThat(answer.getString("longestRunWithoutWin.from")).isEqualTo(longestFrom);
        assertThat(answer.getString("longestRunWithoutWin.to")).isEqualTo(longestTo);

        // Draws with a win are binomial, with p counted here over all C(35, 5) draws.
        double p = winningDrawShare();
        BinomialDistribution binomial = BinomialDistribution.of(draws, p);
        assertThat(answer.getDouble("drawsWithWin.expected.mean")).isCloseTo(draws * p, within(0.00005));
        assertThat(answer.getInt("drawsWithWin.expected.low95")).isEqualTo(binomial.inverseCumulativeProbability(
                0.025));
        assertThat(answer.getInt("drawsWithWin.expected.high95")).isEqualTo(binomial.inverseCumulativeProbability(
                0.975));
        assertThat(answer.getDouble("drawsWithWin.expected.probabilityAtMostObserved")).isCloseTo(binomial
                .cumulativeProbability(drawsWithWin), within(1e-9));

        // The best wins: the 4-match wins first, newest first.
        List<String> topDates = answer.getList("topWins.date");
        List<String> expectedTop = new ArrayList<>(jackpotOr4Dates);
        java.util.Collections.reverse(expectedTop);
        assertThat(topDates.subList(0, expectedTop.size())).containsExactlyElementsOf(expectedTop);
        assertThat(answer.getList("topWins")).hasSize(10);
        List<Integer> firstTicket = answer.getList("topWins[0].numbers");
        int position = answer.getInt("topWins[0].ticket");
        assertThat(firstTicket).containsExactlyElementsOf(java.util.Arrays.stream(TICKETS.get(position - 1))
                .boxed()
                .toList());

        // A date range replays only its draws.
        long inRange = lines.stream()
                .skip(1)
                .filter(line -> line.startsWith("2020"))
                .count();
        JsonPath year = backtest("""
                {"lotteryType": "%s", "tickets": %s, "from": "2020-01-01", "to": "2020-12-31"}""".formatted(game,
                json(TICKETS)));
        assertThat(year.getLong("draws")).isEqualTo(inRange);
        assertThat(year.getString("from")).startsWith("2020-01");
        assertThat(year.getString("to")).startsWith("2020-12");

        // CSV and PDF carry the same figures.
        String csv = given().contentType("application/json")
                .accept("text/csv")
                .body("""
                        {"lotteryType": "%s", "tickets": %s}""".formatted(game, json(TICKETS)))
                .post("/api/v2/backtest")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        List<String> rows = csv.lines()
                .toList();
        assertThat(rows.get(0)).isEqualTo(
                "figure,observed,expected,low95,high95,probabilityAtMostObserved,probabilityAtLeastObserved");
        assertThat(rows).hasSize(9);
        assertThat(rows.get(1)).startsWith("tier5 winning tickets," + wins[5] + ",");
        assertThat(rows.get(5)).startsWith("payout," + BigDecimal.valueOf(payout, 2)
                .toPlainString() + ",");
        byte[] pdf = given().contentType("application/json")
                .accept("application/pdf")
                .body("""
                        {"lotteryType": "%s", "tickets": %s}""".formatted(game, json(TICKETS)))
                .post("/api/v2/backtest")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        PdfText text = PdfText.of(pdf, 48);
        assertThat(text.text()).contains("Backtest on " + game, "Draws with a win", "Best wins");
        assertThat(text.outside()).isEmpty();
    }

    @Test
    void aStoredSessionIsReplayedLikeItsTickets() throws IOException {
        String game = texasCashFive("backtest-session");
        ApiCalls.importCsv(game, Files.readString(SharedData.file(SharedData.TEXAS_5_35)), true)
                .then()
                .statusCode(200);
        ExtractableResponse<Response> generated = ApiCalls.generate("""
                {"targetTier": "tier3", "numberOfTickets": 6, "strategy": "conservative", "lotteryType": "%s"}"""
                .formatted(game));
        assertThat(generated.statusCode()).as(generated.asString())
                .isEqualTo(200);
        String sessionId = generated.path("sessionId");
        List<List<Integer>> numbers = generated.path("tickets.numbers");

        JsonPath bySession = backtest("""
                {"sessionId": "%s", "from": "2021-01-01"}""".formatted(sessionId));
        JsonPath byTickets = backtest("""
                {"lotteryType": "%s", "tickets": %s, "from": "2021-01-01"}""".formatted(game, numbers));

        assertThat(bySession.getString("sessionId")).isEqualTo(sessionId);
        Map<String, Object> session = new java.util.HashMap<>(bySession.getMap(""));
        Map<String, Object> tickets = new java.util.HashMap<>(byTickets.getMap(""));
        session.remove("sessionId");
        tickets.remove("sessionId");
        assertThat(session).isEqualTo(tickets);

        // The session's exports carry the same backtest, over every stored draw, when asked to.
        JsonPath everyDraw = backtest("""
                {"sessionId": "%s"}""".formatted(sessionId));
        JsonPath exported = given().get("/api/v2/sessions/%s/export?format=json&include=backtest".formatted(
                sessionId))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(exported.getMap("backtest")).isEqualTo(everyDraw.getMap(""));
        assertThat(exported.getList("tickets")).hasSize(6);
        byte[] sheet = given().get("/api/v2/sessions/%s/export?format=pdf&include=backtest".formatted(sessionId))
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        PdfText text = PdfText.of(sheet, 48);
        assertThat(text.text()).contains("Tickets", "Backtest on real draws", "Draws with a win",
                "What the backtest's figures mean");
        assertThat(text.outside()).isEmpty();
        assertThat(given().get("/api/v2/sessions/%s/export?format=json".formatted(sessionId))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getMap("backtest")).isNull();
        ApiCalls.assertError(given().get("/api/v2/sessions/%s/export?format=csv&include=backtest".formatted(
                sessionId))
                .then()
                .extract(), 400, "INVALID_REQUEST", 4000,
                "include is for the json and pdf exports: the csv holds one row per ticket");
        ApiCalls.assertError(given().get("/api/v2/sessions/%s/export?format=pdf&include=wheel".formatted(sessionId))
                .then()
                .extract(), 400, "INVALID_REQUEST", 4000, "include must be one of [backtest]");

        ApiCalls.assertError(post("""
                {"sessionId": "%s", "lotteryType": "5/35"}""".formatted(sessionId)), 400, "INVALID_REQUEST", 4000,
                "The session's tickets are for %s, not 5/35: leave lotteryType out".formatted(game));
        ApiCalls.assertError(post("""
                {"sessionId": "00000000-0000-0000-0000-000000000000"}"""), 404, "SESSION_NOT_FOUND", 4041,
                "No session with id 00000000-0000-0000-0000-000000000000");
    }

    @Test
    void pariMutuelWinsAreCountedInTheirTierOnly() throws IOException {
        String game = "backtest-537-" + System.nanoTime();
        given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("""
                        {"id": "%s", "name": "%s", "numberRange": {"min": 1, "max": 37}, "drawSize": 5,
                         "ticketPrice": 1, "prizeStructure": {"tier2": {"prizeType": "fixed", "prize": 2},
                         "tier3": {"prizeType": "pari_mutuel"}, "tier4": {"prizeType": "pari_mutuel"},
                         "tier5": {"prizeType": "pari_mutuel"}}}""".formatted(game, game))
                .post("/api/v2/lotteries")
                .then()
                .statusCode(201);
        ApiCalls.importCsv(game, Files.readString(SharedData.file(SharedData.TEXAS_5_37)), true)
                .then()
                .statusCode(200);

        JsonPath answer = backtest("""
                {"lotteryType": "%s", "tickets": [[1, 2, 3, 4, 5], [10, 20, 30, 31, 37]]}""".formatted(game));

        assertThat(answer.getInt("draws")).isEqualTo(5_058);
        long tier2 = answer.getLong("tiers.find { it.matches == 2 }.winningTickets");
        assertThat(new BigDecimal(answer.getString("payout.observed"))).isEqualByComparingTo(BigDecimal.valueOf(2
                * tier2));
        assertThat(answer.getLong("tiers.find { it.matches == 3 }.winningTickets")).isPositive();
        assertThat(answer.getString("tiers.find { it.matches == 3 }.prize")).isNull();
        // The payout's mean is the fixed tier's only: 2 tickets × $2 × P(2 matches) per draw.
        double mean = 5_058 * 2 * 2.0 * binomial(5, 2) * binomial(32, 3) / binomial(37, 5);
        assertThat(answer.getDouble("payout.expected.mean")).isCloseTo(mean, within(0.005));
    }

    /**
     * A Powerball-shaped game (5 of 1..69 and 1 of 1..26, its 9 tiers) on 400 seeded random draws: every figure against
     * a replay by hand, each tier's mean against the published odds, and a stored session against its tickets.
     */
    @Test
    void aPowerballSetEqualsAnIndependentReplay() {
        String game = TestGames.createPowerball("backtest-pb");
        String csv = ApiCalls.randomPowerballDrawsCsv(LocalDate.of(2020, 1, 1), 400, 69_26);
        List<int[]> drawn = csv.lines()
                .skip(1)
                .map(line -> java.util.Arrays.stream(line.split(","))
                        .skip(1)
                        .mapToInt(Integer::parseInt)
                        .toArray())
                .toList();
        ApiCalls.importCsv(game, csv, true)
                .then()
                .statusCode(200);
        List<int[]> main = new ArrayList<>();
        List<int[]> bonus = new ArrayList<>();
        for (int t = 0; t < 12; t++) {
            // Each ticket shares numbers with some draws, so that the better tiers are won too.
            int[] draw = drawn.get(t * 31);
            int[] ticket = java.util.Arrays.copyOf(draw, 5);
            if (t % 3 != 0) {
                // Three of the draw's numbers and two it missed.
                int[] others = java.util.stream.IntStream.rangeClosed(1, 69)
                        .filter(number -> java.util.Arrays.stream(draw, 0, 5)
                                .noneMatch(drawnNumber -> drawnNumber == number))
                        .skip(5L * t)
                        .limit(2)
                        .toArray();
                ticket[3] = others[0];
                ticket[4] = others[1];
            }
            main.add(ticket);
            bonus.add(new int[] { t % 2 == 0 ? draw[5] : 1 + t });
        }

        JsonPath answer = backtest("""
                {"lotteryType": "%s", "tickets": %s, "bonus": %s}""".formatted(game, json(main), json(bonus)));

        // The replay by hand, with Powerball's prize chart by (main, bonus) matches.
        Map<String, Long> prizeCents = Map.of("5+0", 100_000_000L, "4+1", 5_000_000L, "4+0", 10_000L, "3+1",
                10_000L, "3+0", 700L, "2+1", 700L, "1+1", 400L, "0+1", 400L, "5+1", 0L);
        Map<String, Long> wins = new java.util.HashMap<>();
        long payout = 0;
        int drawsWithWin = 0;
        for (int[] draw : drawn) {
            boolean won = false;
            for (int t = 0; t < main.size(); t++) {
                int j = 0;
                for (int number : main.get(t)) {
                    for (int i = 0; i < 5; i++) {
                        j += draw[i] == number ? 1 : 0;
                    }
                }
                int c = bonus.get(t)[0] == draw[5] ? 1 : 0;
                String tier = j + "+" + c;
                if (prizeCents.containsKey(tier)) {
                    won = true;
                    wins.merge(tier, 1L, Long::sum);
                    payout += prizeCents.get(tier);
                }
            }
            drawsWithWin += won ? 1 : 0;
        }
        assertThat(answer.getInt("draws")).isEqualTo(400);
        assertThat(answer.getList("tiers.tier")).containsExactly("5+1", "5+0", "4+1", "4+0", "3+1", "3+0", "2+1",
                "1+1", "0+1");
        for (String tier : prizeCents.keySet()) {
            String line = "tiers.find { it.tier == '%s' }.".formatted(tier);
            assertThat(answer.getLong(line + "winningTickets")).as(tier)
                    .isEqualTo(wins.getOrDefault(tier, 0L));
            int j = Integer.parseInt(tier.substring(0, 1));
            int c = Integer.parseInt(tier.substring(2));
            // Published odds: C(5, j) C(64, 5 - j) main draws, times 1 or 25 Powerballs, of 292,201,338.
            double ways = binomial(5, j) * binomial(64, 5 - j) * (c == 1 ? 1 : 25);
            assertThat(answer.getDouble(line + "expected.mean")).as(tier)
                    .isCloseTo(400 * 12 * ways / 292_201_338.0, within(5e-5));
        }
        assertThat(wins.get("3+0") + wins.getOrDefault("3+1", 0L)).as("the tickets were built to win")
                .isPositive();
        assertThat(new BigDecimal(answer.getString("payout.observed"))).isEqualByComparingTo(BigDecimal.valueOf(
                payout, 2));
        assertThat(new BigDecimal(answer.getString("cost"))).isEqualByComparingTo("9600.00");
        assertThat(answer.getLong("drawsWithWin.observed")).isEqualTo(drawsWithWin);
        assertThat(answer.getList("topWins[0].bonusNumbers")).hasSize(1);

        ExtractableResponse<Response> generated = ApiCalls.generate("""
                {"targetTier": "tier3+0", "numberOfTickets": 4, "strategy": "conservative", "lotteryType": "%s",
                 "seed": 5}""".formatted(game));
        assertThat(generated.statusCode()).as(generated.asString())
                .isEqualTo(200);
        JsonPath bySession = backtest("""
                {"sessionId": "%s"}""".formatted(generated.path("sessionId")
                .toString()));
        JsonPath byTickets = backtest("""
                {"lotteryType": "%s", "tickets": %s, "bonus": %s}""".formatted(game, generated.path(
                "tickets.numbers")
                .toString(),
                generated.path("tickets.bonusNumbers")
                        .toString()));
        assertThat(bySession.getList("tiers")).isEqualTo(byTickets.getList("tiers"));
        assertThat(bySession.getMap("payout")).isEqualTo(byTickets.getMap("payout"));
    }

    @Test
    void requestsThatCannotBeReplayedAreRefusedWithTheReason() {
        String empty = TestGames.create535("backtest-empty");
        String ticket = "[[1, 2, 3, 4, 5]]";
        ApiCalls.assertError(post("""
                {"lotteryType": "%s", "tickets": %s}""".formatted(empty, ticket)), 422, "NO_DRAWS", 4105,
                "No draws of %s are stored: import its history first (POST /api/v2/draws/{lotteryType})".formatted(
                        empty));
        ApiCalls.importCsv(empty, ApiCalls.randomDrawsCsv(LocalDate.of(2024, 1, 1), 5, 7), true)
                .then()
                .statusCode(200);
        ApiCalls.assertError(post("""
                {"lotteryType": "%s", "tickets": %s, "from": "2025-01-01"}""".formatted(empty, ticket)), 422,
                "NO_DRAWS", 4105, "No stored draw of %s is dated 2025-01-01 to the last".formatted(empty));
        ApiCalls.assertError(post("""
                {"lotteryType": "%s", "tickets": %s, "from": "2024-02-01", "to": "2024-01-01"}""".formatted(empty,
                ticket)), 400, "INVALID_REQUEST", 4000, "from (2024-02-01) is after to (2024-01-01)");
        ApiCalls.assertError(post("""
                {"lotteryType": "%s"}""".formatted(empty)), 400, "INVALID_REQUEST", 4000,
                "Give either tickets (with lotteryType) or a sessionId, not both");
        ApiCalls.assertError(post("""
                {"lotteryType": "%s", "tickets": %s, "sessionId": "00000000-0000-0000-0000-000000000000"}""".formatted(
                empty, ticket)), 400, "INVALID_REQUEST", 4000,
                "Give either tickets (with lotteryType) or a sessionId, not both");
        ApiCalls.assertError(post("""
                {"tickets": %s}""".formatted(ticket)), 400, "INVALID_REQUEST", 4000,
                "lotteryType names the tickets' game");
        assertThat(post("""
                {"lotteryType": "%s", "tickets": [[1, 2, 3, 4, 36]]}""".formatted(empty)).statusCode()).isEqualTo(400);
        ApiCalls.assertError(post("""
                {"lotteryType": "%s", "tickets": %s, "bonus": [[7]]}""".formatted(empty, ticket)), 400,
                "INVALID_REQUEST", 4000, "%s draws no bonus numbers: leave bonus out".formatted(empty));
        ApiCalls.assertError(post("""
                {"lotteryType": "powerball", "tickets": [[1, 2, 3, 4, 5]]}"""), 400, "INVALID_REQUEST", 4000,
                "Powerball tickets hold 1 bonus number each: give bonus, one list per ticket (1), e.g. [[7]]");
        assertThat(post("""
                {"lotteryType": "powerball", "tickets": [[1, 2, 3, 4, 5]], "bonus": [[27]]}""").statusCode())
                .isEqualTo(400);
        assertThat(post("""
                {"lotteryType": "%s", "tickets": %s, "from": "yesterday"}""".formatted(empty, ticket))
                .statusCode()).isEqualTo(400);
    }

    private static String texasCashFive(String purpose) {
        String id = purpose + "-" + System.nanoTime();
        given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("""
                        {"id": "%s", "name": "%s", "numberRange": {"min": 1, "max": 35}, "drawSize": 5,
                         "ticketPrice": 1, "prizeStructure": {"tier2": {"prizeType": "free_ticket", "prize": 1},
                         "tier3": {"prizeType": "fixed", "prize": 15}, "tier4": {"prizeType": "fixed", "prize": 350},
                         "tier5": {"prizeType": "fixed", "prize": 25000}}}""".formatted(id, id))
                .post("/api/v2/lotteries")
                .then()
                .statusCode(201);
        return id;
    }

    /** The share of all C(35, 5) draws on which some ticket matches at least 2 numbers. */
    private static double winningDrawShare() {
        int won = 0;
        int total = 0;
        for (int a = 1; a <= 31; a++) {
            for (int b = a + 1; b <= 32; b++) {
                for (int c = b + 1; c <= 33; c++) {
                    for (int d = c + 1; d <= 34; d++) {
                        for (int e = d + 1; e <= 35; e++) {
                            total++;
                            int[] draw = { a, b, c, d, e };
                            for (int[] ticket : TICKETS) {
                                int matches = 0;
                                for (int number : ticket) {
                                    for (int drawn : draw) {
                                        matches += number == drawn ? 1 : 0;
                                    }
                                }
                                if (matches >= 2) {
                                    won++;
                                    break;
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(total).isEqualTo(324_632);
        return (double) won / total;
    }

    private static double binomial(int n, int k) {
        double value = 1;
        for (int i = 0; i < k; i++) {
            value = value * (n - i) / (i + 1);
        }
        return value;
    }

    private static JsonPath backtest(String body) {
        ExtractableResponse<Response> response = post(body);
        assertThat(response.statusCode()).as(response.asString())
                .isEqualTo(200);
        return response.jsonPath();
    }

    private static ExtractableResponse<Response> post(String body) {
        return given().contentType("application/json")
                .body(body)
                .post("/api/v2/backtest")
                .then()
                .extract();
    }

    private static String json(List<int[]> tickets) {
        return tickets.stream()
                .map(java.util.Arrays::toString)
                .toList()
                .toString();
    }
}
