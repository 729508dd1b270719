package org.lotteryengine.ui;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lotteryengine.support.ApiCalls;
import org.lotteryengine.support.TestClients;
import org.lotteryengine.support.TestGames;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The web UI of spec 7 in a real browser against the running application: choose a tier and a strategy, generate 50
 * tickets while progress events arrive, read the dashboard (50 tickets, a payout chart), download the CSV; upload a
 * draw file on the analysis page and read its counts. Screenshots go to target/ui-*.png.
 */
@QuarkusTest
class WebUiTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TestHTTPResource("/")
    URI base;

    private ChromeDriver browser;
    private Path downloads;

    @BeforeEach
    void openBrowser() throws IOException {
        Browser.requireChromium();
        downloads = Files.createTempDirectory("lottery-ui-downloads");
        browser = Browser.start(downloads);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void generateFiftyTicketsWatchProgressReadTheDashboardAndDownloadTheCsv() throws Exception {
        browser.get(base.toString());
        awaitState("idle");
        new Select(browser.findElement(By.id("lotteryType"))).selectByValue("5-35");
        // The tier cards show the exact odds of the chosen game, never the spec's constants.
        WebElement tier3 = browser.findElement(By.cssSelector(".tier-card[data-tier='tier3']"));
        String exact = given().get("/api/v2/lotteries/5-35")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("odds.find { it.tier == 'tier3' }.exact");
        assertThat(tier3.getText()).contains(exact)
                .contains("1 in 74.63");
        tier3.click();
        browser.findElement(By.cssSelector(".strategy-card[data-strategy='balanced']"))
                .click();
        WebElement count = browser.findElement(By.id("numberOfTickets"));
        count.clear();
        count.sendKeys("50");
        assertThat(browser.findElement(By.id("cost"))
                .getText()).contains("50");
        browser.findElement(By.id("generate"))
                .click();

        awaitState("complete");
        List<String> events = browser.findElements(By.cssSelector("#events li.event"))
                .stream()
                .map(event -> event.getDomAttribute("data-event"))
                .toList();
        assertThat(events).contains("progress")
                .endsWith("complete");
        assertThat(browser.findElements(By.cssSelector("#tickets tr.ticket"))).hasSize(50);
        WebElement firstTicket = browser.findElement(By.cssSelector("#tickets tr.ticket"));
        assertThat(firstTicket.findElement(By.cssSelector("td.pattern"))
                .getText()).matches("[0-9]{5}");
        assertThat(firstTicket.findElement(By.cssSelector("td.group"))
                .getText()).isNotBlank();
        WebElement chart = new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By
                .cssSelector("#payoutChart[data-rendered='true']")));
        assertThat(chart.findElements(By.tagName("canvas"))).isNotEmpty();
        // Read the bars as drawn: every bar stands on the same baseline, and a likelier payout is a taller bar.
        @SuppressWarnings("unchecked")
        List<List<Number>> bars = (List<List<Number>>) ((JavascriptExecutor) browser).executeScript("""
                const data = echarts.getInstanceByDom(document.getElementById('payoutChart')).getModel()
                  .getSeriesByIndex(0).getData();
                return [...Array(data.count()).keys()].map(i => {
                  const bar = data.getItemLayout(i);
                  return [Math.max(bar.y, bar.y + bar.height), Math.abs(bar.height), data.get(data.mapDimension('y'), i)];
                });""");
        assertThat(bars).hasSizeGreaterThan(1);
        double baseline = bars.get(0)
                .get(0)
                .doubleValue();
        for (List<Number> bar : bars) {
            // [0] is the bar's lower edge on screen, [1] its drawn height.
            assertThat(bar.get(0)
                    .doubleValue()).isCloseTo(baseline, org.assertj.core.data.Offset.offset(1.0));
            assertThat(bar.get(1)
                    .doubleValue()).isPositive();
        }
        List<List<Number>> byValue = bars.stream()
                .sorted(java.util.Comparator.comparingDouble(bar -> bar.get(2)
                        .doubleValue()))
                .toList();
        for (int i = 1; i < byValue.size(); i++) {
            assertThat(byValue.get(i)
                    .get(1)
                    .doubleValue()).isGreaterThanOrEqualTo(byValue.get(i - 1)
                            .get(1)
                            .doubleValue());
        }
        assertThat(browser.findElements(By.cssSelector("#performance tr"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(browser.findElement(By.id("grade"))
                .getText()).isNotBlank();
        screenshot("ui-dashboard.png");
        assertThat(overflowing()).isEmpty();
        // Every term a newcomer meets on the dashboard explains itself in a tooltip.
        List<String> explained = browser.findElements(By.cssSelector("[data-term]"))
                .stream()
                .filter(term -> !term.getDomProperty("title")
                        .isBlank())
                .map(term -> term.getDomAttribute("data-term"))
                .distinct()
                .toList();
        assertThat(explained).contains("tier", "grade", "qualityScore", "stoppingReason", "coverage");
        // The live panel ends on the run's totals, not on the last (throttled) progress event.
        String sessionOfRun = sessionIdOf(browser.findElement(By.id("downloadCsv"))
                .getDomAttribute("href"));
        int attempts = given().get("/api/v2/sessions/" + sessionOfRun)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("generation.attempts");
        assertThat(browser.findElement(By.id("attempts"))
                .getText()).isEqualTo(String.format(java.util.Locale.US, "%,d", attempts));

        WebElement csvLink = browser.findElement(By.id("downloadCsv"));
        String sessionId = sessionIdOf(csvLink.getDomAttribute("href"));
        csvLink.click();
        Path csv = awaitDownload(".csv");
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8)
                .stream()
                .filter(line -> !line.isBlank())
                .toList();
        assertThat(rows.get(0)).startsWith("index,numbers,pattern,patternGroup");
        assertThat(rows).hasSize(51);
        JsonPath stored = given().get("/api/v2/sessions/" + sessionId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> patterns = stored.getList("tickets.pattern", String.class);
        for (int i = 0; i < 50; i++) {
            assertThat(rows.get(i + 1)).startsWith((i + 1) + ",")
                    .contains("," + patterns.get(i) + ",");
        }
    }

    @Test
    void aWheelOnTheCustomersNumbersShowsItsVerifiedPromiseAndTickets() throws IOException {
        browser.get(base.resolve("wheels.html")
                .toString());
        awaitState("ready");
        new Select(browser.findElement(By.id("lotteryType"))).selectByValue("5-35");
        browser.findElement(By.id("pool"))
                .sendKeys("2 5 8 11 14 17 20 23 26 29");
        WebElement drawn = browser.findElement(By.id("drawnInPool"));
        drawn.clear();
        drawn.sendKeys("4");
        browser.findElement(By.id("makeWheel"))
                .click();

        awaitState("done");
        screenshot("wheel");
        assertThat(browser.findElement(By.id("wheelSummary"))
                .getText()).contains("holds for all 210 ways");
        List<WebElement> tickets = browser.findElements(By.cssSelector("#wheelTickets tr.wheel-ticket"));
        assertThat(tickets).isNotEmpty();
        assertThat(tickets.get(0)
                .getText()).matches("1 \\d+ \\d+ \\d+ \\d+ \\d+");
        // Tiers 3 to 5: the game's prized tiers.
        assertThat(browser.findElements(By.cssSelector("#wheelTiers tbody tr"))).hasSize(3);
    }

    @Test
    void theSessionPageReplaysTheSetOnTheStoredDrawsBesideItsPrediction() throws IOException {
        String game = TestGames.create535("ui-backtest");
        assertThat(ApiCalls.importCsv(game, ApiCalls.randomDrawsCsv(LocalDate.of(2024, 1, 1), 60, 11L), true)
                .statusCode()).isEqualTo(200);
        JsonPath answer = generateAndBacktest(game, "tier3", 5, 7);
        String sessionId = answer.getString("sessionId");
        assertThat(browser.findElement(By.id("backtestNote"))
                .getText()).startsWith("5 tickets on each of 60 real draws, 2024-01-01 to 2024-02-29");
        WebElement drawsWithWin = browser.findElement(By.cssSelector("#backtestTable tr[data-figure='drawsWithWin']"));
        assertThat(drawsWithWin.findElements(By.tagName("td"))
                .get(1)
                .getText()).isEqualTo(answer.getString("drawsWithWin.observed"));
        assertThat(drawsWithWin.findElements(By.tagName("td"))
                .get(3)
                .getText()).isEqualTo(answer.getString("drawsWithWin.expected.low95") + " to "
                        + answer.getString(
                                "drawsWithWin.expected.high95"));
        assertThat(browser.findElements(By.cssSelector("#backtestTable tr[data-tier]"))).hasSize(3);
        assertThat(browser.findElement(By.id("backtestSheet"))
                .getDomAttribute("href")).endsWith("/sessions/%s/export?format=pdf&include=backtest".formatted(
                        sessionId));
        // The backtest's CSV, saved from the card: one row per figure, the same observed values.
        browser.findElement(By.id("backtestCsv"))
                .click();
        Path saved = downloads.resolve("backtest-" + sessionId + ".csv");
        List<String> figures = new WebDriverWait(browser, WAIT).until(ignored -> {
            try {
                return Files.isRegularFile(saved) ? Files.readAllLines(saved, StandardCharsets.UTF_8) : null;
            } catch (IOException e) {
                return null;
            }
        });
        assertThat(figures.get(0)).isEqualTo(
                "figure,observed,expected,low95,high95,probabilityAtMostObserved,probabilityAtLeastObserved");
        assertThat(figures).anyMatch(row -> row.startsWith("draws with a win," + answer.getString(
                "drawsWithWin.observed") + ","));
        screenshot("ui-backtest.png");
        assertThat(overflowing()).isEmpty();
    }

    @Test
    void aBonusGameShowsItsTiersAsMainPlusBonusWithTheirExactOdds() {
        browser.get(base.toString());
        awaitState("idle");
        new Select(browser.findElement(By.id("lotteryType"))).selectByValue("powerball");
        new WebDriverWait(browser, WAIT).until(ignored -> browser.findElements(By.cssSelector(".tier-card"))
                .size() == 9);
        List<WebElement> cards = browser.findElements(By.cssSelector(".tier-card"));
        // Lowest prize first, as for k-of-n games; the jackpot last.
        assertThat(cards.get(0)
                .getText()).contains("0 + 1 bonus")
                .contains("exact: 7624512/292201338")
                .contains("$4.00");
        assertThat(cards.get(8)
                .getText()).contains("5 + 1 bonus")
                .contains("exact: 1/292201338")
                .contains("pari-mutuel");
        assertThat(browser.findElement(By.id("gameFacts"))
                .getText()).contains("5 numbers from 1 to 69 and 1 bonus number from 1 to 26")
                .contains("292,201,338 equally likely draws")
                .contains("quotas and strategies apply to the main numbers");
    }

    @Test
    void aBonusGameGeneratesTicketsWithBonusNumbersAndTheirExactFigures() throws IOException {
        browser.get(base.toString());
        awaitState("idle");
        new Select(browser.findElement(By.id("lotteryType"))).selectByValue("powerball");
        new WebDriverWait(browser, WAIT).until(ignored -> browser.findElements(By.cssSelector(".tier-card"))
                .size() == 9);
        browser.findElement(By.cssSelector(".tier-card[data-tier='tier4+1']"))
                .click();
        browser.findElement(By.cssSelector(".strategy-card[data-strategy='conservative']"))
                .click();
        WebElement count = browser.findElement(By.id("numberOfTickets"));
        count.clear();
        count.sendKeys("4");
        browser.findElement(By.id("generate"))
                .click();

        awaitState("complete");
        List<WebElement> tickets = browser.findElements(By.cssSelector("#tickets tr.ticket"));
        assertThat(tickets).hasSize(4);
        assertThat(tickets.get(0)
                .findElement(By.cssSelector("td.bonus"))
                .getText()).matches("\\d{1,2}");
        // Every tier of the game, best first, as the exact evaluation counts it.
        assertThat(browser.findElements(By.cssSelector("#performance tbody tr"))).hasSize(9);
        assertThat(browser.findElement(By.id("quality"))
                .getText()).contains("P(at least one win, 4+1 or better), this set");
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#payoutChart[data-rendered='true']")));
        screenshot("ui-bonus-results.png");
        assertThat(overflowing()).isEmpty();
        assertThat(browser.findElement(By.id("ticketsNote"))
                .isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("backtest"))
                .isDisplayed()).isTrue();
    }

    @Test
    void aBonusGamesSessionIsReplayedTierByTier() {
        String game = TestGames.createPowerball("ui-bonus-backtest");
        assertThat(ApiCalls.importCsv(game, ApiCalls.randomPowerballDrawsCsv(LocalDate.of(2024, 1, 1), 50, 12L),
                true)
                .statusCode()).isEqualTo(200);
        // Nine tiers, then payout, net, draws with a win and the longest run.
        JsonPath answer = generateAndBacktest(game, "tier3+0", 4, 13);
        assertThat(browser.findElement(By.cssSelector("#backtestTable tr[data-tier='3+0'] td"))
                .getText()).isEqualTo("3+0 (main + bonus) (fixed)");
        WebElement drawsWithWin = browser.findElement(By.cssSelector("#backtestTable tr[data-figure='drawsWithWin']"));
        assertThat(drawsWithWin.findElements(By.tagName("td"))
                .get(1)
                .getText()).isEqualTo(answer.getString("drawsWithWin.observed"));
        assertThat(browser.findElement(By.id("backtestNote"))
                .getText()).startsWith("4 tickets on each of 50 real draws, 2024-01-01 to 2024-05-27");
        assertThat(overflowing()).isEmpty();
    }

    /**
     * Generates {@code tickets} tickets aimed at {@code tier} of {@code game} on the page, runs the session page's
     * backtest until its table has {@code rows} rows, and returns the API's backtest of the same session.
     */
    private JsonPath generateAndBacktest(String game, String tier, int tickets, int rows) {
        browser.get(base.toString());
        awaitState("idle");
        new Select(browser.findElement(By.id("lotteryType"))).selectByValue(game);
        String card = ".tier-card[data-tier='%s']".formatted(tier);
        new WebDriverWait(browser, WAIT).until(ignored -> !browser.findElements(By.cssSelector(card))
                .isEmpty());
        browser.findElement(By.cssSelector(card))
                .click();
        WebElement count = browser.findElement(By.id("numberOfTickets"));
        count.clear();
        count.sendKeys(Integer.toString(tickets));
        browser.findElement(By.id("generate"))
                .click();
        awaitState("complete");
        assertThat(browser.findElement(By.id("backtest"))
                .isDisplayed()).isTrue();
        browser.findElement(By.id("runBacktest"))
                .click();
        new WebDriverWait(browser, WAIT).until(ignored -> browser.findElements(By.cssSelector("#backtestTable tbody tr"))
                .size() == rows);
        String sessionId = sessionIdOf(browser.findElement(By.id("downloadCsv"))
                .getDomAttribute("href"));
        return given().contentType("application/json")
                .body("{\"sessionId\": \"%s\"}".formatted(sessionId))
                .post("/api/v2/backtest")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void aBonusGamesAnalysisScreensBothDrumsAndSaysWhatIsNotBuilt() {
        browser.get(base.resolve("analysis.html?game=euromillions")
                .toString());
        awaitState("loaded");
        assertThat(browser.findElement(By.id("bonusNote"))
                .getText()).contains("k-of-n games only so far");
        List<String> tests = browser.findElements(By.cssSelector("#fairness tbody tr"))
                .stream()
                .map(row -> row.findElement(By.tagName("td"))
                        .getText())
                .toList();
        assertThat(tests).containsExactly("Main number counts", "Bonus number counts", "Pattern counts");
    }

    @Test
    void aRefusedFieldIsShownNextToIt() {
        browser.get(base.toString());
        awaitState("idle");
        WebElement count = browser.findElement(By.id("numberOfTickets"));
        count.clear();
        count.sendKeys("501");
        browser.findElement(By.id("generate"))
                .click();
        WebElement error = new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By
                .cssSelector(".field-error[data-field='numberOfTickets']")));
        new WebDriverWait(browser, WAIT).until(ignored -> !error.getText()
                .isBlank());
        assertThat(error.getText()).contains("500");
    }

    @Test
    void aRateLimitSaysWhenToRetryOnce() {
        browser.get(base.toString());
        awaitState("idle");
        // The page's own ApiError, as a 429 and a 503 from the service would make it.
        Object described = ((org.openqa.selenium.JavascriptExecutor) browser).executeAsyncScript(
                """
                        const done = arguments[arguments.length - 1];
                        import('/js/api.js').then(api => done([
                          new api.ApiError(429, {message: 'Too many requests: generation_requests allows 10 per 3600 s; retry after 1509 s'}, '1509').describe(),
                          new api.ApiError(503, {message: 'The engine is at capacity'}, '2').describe()]));""");
        assertThat(described).isEqualTo(List.of(
                "Too many requests: generation_requests allows 10 per 3600 s; retry after 1509 s",
                "The engine is at capacity (retry in 2 s)"));
    }

    @Test
    void theAnalysisPageOpensOnAGameWithDrawsWhenTheDefaultHasNone() {
        String game = TestGames.create535("ui-opens");
        assertThat(ApiCalls.importCsv(game, ApiCalls.randomDrawsCsv(LocalDate.of(2024, 1, 1), 5, 3L), false)
                .statusCode()).isEqualTo(200);
        // Other tests of this run may have stored draws of 5-35 or of other games: the page's choice follows from
        // what is stored now, in the order the games are listed.
        List<String> ids = given().get("/api/v2/lotteries")
                .jsonPath()
                .getList("id");
        boolean defaultHasDraws = drawsOf("5-35") > 0;
        String expected = defaultHasDraws ? "5-35"
                : ids.stream()
                        .filter(id -> !id.equals("5-35") && drawsOf(id) > 0)
                        .findFirst()
                        .orElseThrow();

        browser.get(base.resolve("analysis.html")
                .toString());
        new WebDriverWait(browser, WAIT).until(ignored -> expected.equals(new Select(browser.findElement(By.id(
                "lotteryType"))).getFirstSelectedOption()
                .getDomAttribute("value")) && "loaded".equals(
                        browser.findElement(By.tagName("body"))
                                .getDomAttribute("data-state"))
                && (defaultHasDraws || !browser.findElements(By.id(
                        "openedOn"))
                        .isEmpty()));

        assertThat(browser.findElement(By.id("summary"))
                .getText()).contains(String.format(java.util.Locale.ROOT, "%,d stored draws", drawsOf(expected)));
        if (!defaultHasDraws) {
            assertThat(browser.findElement(By.id("openedOn"))
                    .getText()).isEqualTo("5/35 has no stored draws, so the page opened on %s, a game that has some."
                            .formatted(given().get("/api/v2/lotteries/" + expected)
                                    .jsonPath()
                                    .getString("name")));
        }
        // A game asked for by name is shown as asked, draws or not.
        browser.get(base.resolve("analysis.html?game=5-35")
                .toString());
        awaitState("loaded");
        assertThat(new Select(browser.findElement(By.id("lotteryType"))).getFirstSelectedOption()
                .getDomAttribute("value")).isEqualTo("5-35");
        assertThat(browser.findElements(By.id("openedOn"))).isEmpty();
    }

    /** Draws the game's analysis counts; 0 for a game without one (a bonus game: 422), which the page skips. */
    private static int drawsOf(String id) {
        io.restassured.response.Response analysis = given().get("/api/v2/pattern-analysis/" + id);
        return analysis.statusCode() == 200 ? analysis.jsonPath()
                .getInt("totalAnalyzedDraws") : 0;
    }

    @Test
    void theAnalysisOfAGameWithoutDrawsSaysSoOffersTheUploadAndJudgesNothing() {
        String game = TestGames.create535("ui-empty");
        browser.get(base.resolve("analysis.html?game=" + game)
                .toString());
        awaitState("loaded");

        assertThat(browser.findElement(By.id("fewDraws"))
                .getText()).contains("Upload a draw history");
        assertThat(browser.findElement(By.cssSelector("#fewDraws a"))
                .getDomAttribute("href")).isEqualTo("#uploadForm");
        assertThat(browser.findElements(By.cssSelector("#hotNumbers li"))).isEmpty();
        assertThat(browser.findElement(By.id("liftFigures"))
                .getText()).contains("Not measured")
                .doesNotContain("interval does not contain 1");
    }

    @Test
    void thePagesFitAPhoneScreen() {
        browser.manage()
                .window()
                .setSize(new org.openqa.selenium.Dimension(360, 740));
        for (String page : List.of("", "analysis.html")) {
            browser.get(base.resolve(page)
                    .toString());
            awaitState(page.isEmpty() ? "idle" : "loaded");
            Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as(page)
                    .isLessThanOrEqualTo(0L);
        }
    }

    @Test
    void everyControlIsLabelledAndTheFormIsReachableByKeyboard() {
        for (String page : List.of("", "analysis.html")) {
            browser.get(base.resolve(page)
                    .toString());
            awaitState(page.isEmpty() ? "idle" : "loaded");
            Object unlabelled = ((JavascriptExecutor) browser).executeScript("""
                    return [...document.querySelectorAll('input, select, textarea')]
                        .filter(e => e.type !== 'hidden' && !(e.labels && e.labels.length) && !e.getAttribute('aria-label'))
                        .map(e => e.id || e.name);""");
            assertThat((List<?>) unlabelled).as(page)
                    .isEmpty();
        }
        browser.get(base.toString());
        awaitState("idle");
        // Tab from the top of the page until the Generate button has the focus.
        WebElement body = browser.findElement(By.tagName("body"));
        String focused = "";
        for (int i = 0; i < 60 && !focused.equals("generate"); i++) {
            browser.switchTo()
                    .activeElement()
                    .sendKeys(org.openqa.selenium.Keys.TAB);
            focused = browser.switchTo()
                    .activeElement()
                    .getDomAttribute("id") + "";
        }
        assertThat(body.isDisplayed()).isTrue();
        assertThat(focused).isEqualTo("generate");
    }

    @Test
    void uploadADrawFileOnTheAnalysisPageAndReadTheCounts() throws Exception {
        String game = TestGames.create535("ui-upload");
        StringBuilder csv = new StringBuilder("draw_date,n1,n2,n3,n4,n5\n");
        for (int day = 1; day <= 12; day++) {
            csv.append("2024-03-%02d,%d,%d,%d,%d,%d\n".formatted(day, day, day + 5, day + 10, day + 15, day + 20));
        }
        csv.append("2024-03-13,1,2,3,4,36\n");
        csv.append("2024-03-14,7,7,8,9,10\n");
        Path file = Files.createTempFile("draws", ".csv");
        Files.writeString(file, csv);

        browser.get(base.resolve("analysis.html")
                .toString());
        awaitState("loaded");
        assertThat(browser.findElement(By.id("liftTitle"))
                .getDomProperty("title")).contains("95% interval");
        new Select(browser.findElement(By.id("lotteryType"))).selectByValue(game);
        browser.findElement(By.id("drawFile"))
                .sendKeys(file.toString());
        browser.findElement(By.id("apiKey"))
                .sendKeys(TestClients.issueKey("ui-upload", null, "write-draws"));
        browser.findElement(By.id("uploadButton"))
                .click();
        WebElement result = new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By
                .cssSelector("#uploadResult[data-upload='done']")));
        assertThat(result.findElement(By.id("acceptedCount"))
                .getText()).isEqualTo("12");
        assertThat(result.findElement(By.id("rejectedCount"))
                .getText()).isEqualTo("2");
        assertThat(result.findElements(By.cssSelector("#rejectedRows li"))).hasSize(2);
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(
                "#frequencyChart[data-rendered='true']")));
        // Twelve draws leave every count pooled into one category: no test is possible, and the page says so.
        assertThat(browser.findElement(By.id("fairness"))
                .getText()).contains("Too few draws to test");
        assertThat(given().get("/api/v2/draws/" + game)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("total")).isEqualTo(12);
        screenshot("ui-analysis.png");
    }

    private void awaitState(String state) {
        new WebDriverWait(browser, WAIT).withMessage(() -> "page state " + state + "; page says: "
                + browser.findElement(By.tagName("body"))
                        .getText())
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-state", state));
    }

    private Path awaitDownload(String suffix) {
        return new WebDriverWait(browser, WAIT).until(ignored -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(path -> path.toString()
                        .endsWith(suffix))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    private static String sessionIdOf(String href) {
        String path = href.substring(0, href.indexOf("/export"));
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * At 1280 px (the screenshot's width) what reaches past the box that holds it: a scroll box, card or chart; and
     * the tickets or expected performance when they do not fit without scrolling (a card's small tables may scroll in
     * their box).
     */
    private List<?> overflowing() {
        return (List<?>) ((JavascriptExecutor) browser).executeScript("""
                const past = [...document.querySelectorAll('.table-scroll, .card, canvas')]
                  .filter(e => e.offsetParent !== null
                    && e.getBoundingClientRect().right > e.parentElement.getBoundingClientRect().right + 1)
                  .map(e => (e.id || e.className || e.tagName) + ' in ' + (e.parentElement.id
                    || e.parentElement.className));
                const scrolling = ['tickets', 'performance']
                  .map(id => document.getElementById(id).parentElement)
                  .filter(box => box.scrollWidth > box.clientWidth)
                  .map(box => box.firstElementChild.id + ' scrolls');
                return past.concat(scrolling);""");
    }

    /** The whole page, not only the window: the window is stretched to the page's height first. */
    private void screenshot(String name) throws IOException {
        Long height = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight;");
        browser.manage()
                .window()
                .setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(height + 100, 12_000)));
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.write(target, browser.getScreenshotAs(OutputType.BYTES));
    }
}
