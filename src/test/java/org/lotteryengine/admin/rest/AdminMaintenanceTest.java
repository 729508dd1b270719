package org.lotteryengine.admin.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lotteryengine.draws.ops.PatternRefreshJob;
import org.lotteryengine.support.ApiCalls;
import org.lotteryengine.support.MetricsScrape;
import org.lotteryengine.support.SqlCounts;
import org.lotteryengine.support.TestClients;
import org.lotteryengine.support.TestGames;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * The maintenance of spec 13.4 through the admin endpoints: session cleanup removes exactly the sessions past the
 * retention, in every table; the pattern refresh recomputes every game; both report in their answer and in metrics;
 * neither runs without the admin token.
 */
@QuarkusTest
class AdminMaintenanceTest {

    private static final String ADMIN = "Bearer test-admin-token";
    private static final String CLEANUP = "/api/v2/admin/maintenance/session-cleanup";
    private static final String REFRESH = "/api/v2/admin/maintenance/pattern-refresh";
    private static final String REQUEST = """
            {"targetTier": "tier4", "numberOfTickets": 5, "strategy": "balanced", "lotteryType": "5/35"}""";

    /** Rows of the session in each table, in the order sessions, sets, tickets, attempts. */
    private static final List<String> ROWS = List.of("SELECT count(*) FROM user_sessions WHERE session_id = ?",
            "SELECT count(*) FROM generated_ticket_sets t JOIN user_sessions s ON s.id = t.session_id WHERE s.session_id = ?",
            "SELECT count(*) FROM lottery_tickets l JOIN generated_ticket_sets t ON t.id = l.ticket_set_id JOIN user_sessions s ON s.id = t.session_id WHERE s.session_id = ?",
            "SELECT count(*) FROM generation_performance p JOIN user_sessions s ON s.id = p.session_id WHERE s.session_id = ?");

    @Inject
    DataSource dataSource;

    @Test
    void cleanupRemovesExactlyTheSessionsPastTheRetention() throws SQLException {
        String eightDaysOld = generated();
        String tenDaysOld = generated();
        String sixDaysOld = generated();
        String activeButOld = generated();
        String fresh = generated();
        age(eightDaysOld, 8);
        age(tenDaysOld, 10);
        age(sixDaysOld, 6);
        age(activeButOld, 30);
        setStatus(activeButOld, "active");
        long attemptsOfTheOld = rows(eightDaysOld).get(3) + rows(tenDaysOld).get(3);
        assertThat(attemptsOfTheOld).isPositive();
        try {
            ExtractableResponse<Response> report = given().header("Authorization", ADMIN)
                    .post(CLEANUP)
                    .then()
                    .statusCode(200)
                    .extract();
            assertThat(report.jsonPath()
                    .getLong("sessions")).isEqualTo(2);
            assertThat(report.jsonPath()
                    .getLong("ticketSets")).isEqualTo(2);
            assertThat(report.jsonPath()
                    .getLong("tickets")).isEqualTo(10);
            assertThat(report.jsonPath()
                    .getInt("batches")).isEqualTo(1);
            assertThat(report.jsonPath()
                    .getString("cutoff")).isNotBlank();

            assertThat(rows(eightDaysOld)).containsExactly(0L, 0L, 0L, 0L);
            assertThat(rows(tenDaysOld)).containsExactly(0L, 0L, 0L, 0L);
            for (String kept : List.of(sixDaysOld, activeButOld, fresh)) {
                assertThat(rows(kept)).as(kept)
                        .startsWith(1L, 1L, 5L);
            }
            given().get("/api/v2/sessions/" + eightDaysOld)
                    .then()
                    .statusCode(404);

            // Nothing left to remove: a second run removes nothing.
            given().header("Authorization", ADMIN)
                    .post(CLEANUP)
                    .then()
                    .statusCode(200)
                    .body("sessions", equalTo(0))
                    .body("batches", equalTo(0));
        } finally {
            setStatus(activeButOld, "completed");
        }
        String metrics = MetricsScrape.scrape();
        assertThat(metrics).containsPattern(
                "(?m)^maintenance_runs_total\\{outcome=\"success\",task=\"session-cleanup\"} [1-9]")
                .containsPattern("(?m)^maintenance_sessions_deleted_total(\\{})? [1-9]")
                .containsPattern("(?m)^maintenance_tickets_deleted_total(\\{})? [1-9]");
    }

    @Test
    void patternRefreshRecomputesEveryGame() {
        ExtractableResponse<Response> report = given().header("Authorization", ADMIN)
                .post(REFRESH)
                .then()
                .statusCode(200)
                .extract();
        assertThat(report.jsonPath()
                .getList("refreshed", String.class)).contains("5-35");
        assertThat(report.jsonPath()
                .getList("failed", String.class)).isEmpty();
        String metrics = MetricsScrape.scrape();
        assertThat(metrics).containsPattern(
                "(?m)^maintenance_runs_total\\{outcome=\"success\",task=\"pattern-refresh\"} [1-9]")
                .containsPattern("(?m)^maintenance_patterns_refreshed_total(\\{})? [1-9]")
                .containsPattern("(?m)^pattern_analysis_duration_seconds_count\\{lottery=\"5-35\"} [1-9]");
    }

    @Test
    void aGenerationIsMeasuredWithItsLabels() {
        generated();
        String metrics = MetricsScrape.scrape();
        assertThat(metrics).containsPattern(
                "(?m)^generation_attempts_count\\{strategy=\"balanced\",tier=\"tier4\"} [1-9]")
                .containsPattern("(?m)^generation_attempts_bucket\\{strategy=\"balanced\",tier=\"tier4\",le=\"200.0\"} ")
                .containsPattern("(?m)^generation_quality_count\\{strategy=\"balanced\",tier=\"tier4\"} [1-9]")
                .containsPattern("(?m)^generation_quality_bucket\\{strategy=\"balanced\",tier=\"tier4\",le=\"1.0\"} [1-9]")
                .containsPattern(
                        "(?m)^generation_duration_seconds_count\\{status=\"(success|partial|fallback)\",strategy=\"balanced\",tier=\"tier4\"} [1-9]")
                .containsPattern("(?m)^generation_total\\{status=\"[a-z]+\",strategy=\"balanced\",tier=\"tier4\"} [1-9]")
                .containsPattern("(?m)^pattern_cache_requests_total\\{cache=\"grouping\",result=\"(hit|miss)\"} [1-9]");
    }

    @Test
    void adminEndpointsRequireTheTokenOrAnAdminKey() {
        String generateOnly = TestClients.issueKey("maintenance-generate", null, "generate");
        String admin = TestClients.issueKey("maintenance-admin", null, "admin");
        for (String path : List.of(CLEANUP, REFRESH)) {
            ApiCalls.assertError(given().post(path)
                    .then()
                    .extract(), 401, "UNAUTHORIZED", 4010,
                    "This endpoint needs an API key (X-API-Key) with the scope 'admin'");
            ApiCalls.assertError(given().header("Authorization", "Bearer test-admin-tokeN")
                    .post(path)
                    .then()
                    .extract(), 401, "UNAUTHORIZED", 4010,
                    "The bearer token (Authorization: Bearer) is not the admin token");
            ApiCalls.assertError(given().header("Authorization", "Basic dGVzdC1hZG1pbi10b2tlbg==")
                    .post(path)
                    .then()
                    .extract(), 401, "UNAUTHORIZED", 4010,
                    "This endpoint needs an API key (X-API-Key) with the scope 'admin'");
            ApiCalls.assertError(given().header("X-API-Key", generateOnly)
                    .post(path)
                    .then()
                    .extract(), 403, "INSUFFICIENT_SCOPE", 4031,
                    "The API key 'maintenance-generate' lacks the scope 'admin' this endpoint needs");
        }
        given().header("X-API-Key", admin)
                .queryParam("staleOnly", true)
                .post(REFRESH)
                .then()
                .statusCode(200);
    }

    private static String generated() {
        ExtractableResponse<Response> response = ApiCalls.generate(REQUEST);
        assertThat(response.statusCode()).as(response.asString())
                .isEqualTo(200);
        return response.path("sessionId");
    }

    private List<Long> rows(String sessionId) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return List.of(SqlCounts.count(connection, ROWS.get(0), sessionId), SqlCounts.count(connection, ROWS
                    .get(1), sessionId), SqlCounts.count(connection, ROWS.get(2), sessionId), SqlCounts.count(
                            connection, ROWS.get(3), sessionId));
        }
    }

    /**
     * The schedule runs on every replica: a stale-only run (what the schedule does) leaves a game refreshed within the
     * minimum age, and of two runs at once only one refreshes a stale game; the other waits, then finds it fresh.
     */
    @Test
    void aStaleOnlyRefreshLeavesFreshGamesAndTwoAtOnceRefreshAStaleGameOnce() throws Exception {
        String game = TestGames.create535("stale-only");
        ApiCalls.importCsv(game, ApiCalls.randomDrawsCsv(LocalDate.of(2015, 1, 1), 30, 11), true)
                .then()
                .statusCode(200);
        // The import has just refreshed it.
        PatternRefreshJob.Report fresh = staleOnlyRefresh();
        assertThat(fresh.skipped()).contains(game);
        assertThat(fresh.refreshed()).doesNotContain(game);
        assertThat(fresh.failed()).isEmpty();

        ageAnalysis(game, 2);
        ExecutorService operators = Executors.newFixedThreadPool(2);
        try {
            Future<PatternRefreshJob.Report> first = operators.submit(AdminMaintenanceTest::staleOnlyRefresh);
            Future<PatternRefreshJob.Report> second = operators.submit(AdminMaintenanceTest::staleOnlyRefresh);
            List<PatternRefreshJob.Report> reports = List.of(first.get(), second.get());
            assertThat(reports).filteredOn(report -> report.refreshed()
                    .contains(game))
                    .hasSize(1);
            assertThat(reports).filteredOn(report -> report.skipped()
                    .contains(game))
                    .hasSize(1);
            assertThat(reports).allMatch(report -> report.failed()
                    .isEmpty());
        } finally {
            operators.shutdownNow();
        }
        // Without staleOnly, every game is refreshed, fresh or not.
        assertThat(given().header("Authorization", ADMIN)
                .post(REFRESH)
                .then()
                .statusCode(200)
                .extract()
                .as(PatternRefreshJob.Report.class)
                .refreshed()).contains(game);
    }

    private static PatternRefreshJob.Report staleOnlyRefresh() {
        return given().header("Authorization", ADMIN)
                .queryParam("staleOnly", true)
                .post(REFRESH)
                .then()
                .statusCode(200)
                .extract()
                .as(PatternRefreshJob.Report.class);
    }

    /** Makes the game's stored analysis look {@code hours} old. */
    private void ageAnalysis(String game, int hours) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "UPDATE pattern_groups SET updated_at = now() - make_interval(hours => ?)"
                                + " WHERE lottery_config_id = ?")) {
            statement.setInt(1, hours);
            statement.setString(2, game);
            assertThat(statement.executeUpdate()).isPositive();
        }
    }

    private void age(String sessionId, int days) throws SQLException {
        update("UPDATE user_sessions SET created_at = now() - make_interval(days => " + days
                + ") WHERE session_id = ?", sessionId);
    }

    private void setStatus(String sessionId, String status) throws SQLException {
        update("UPDATE user_sessions SET status = '" + status + "' WHERE session_id = ?", sessionId);
    }

    private void update(String sql, String sessionId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection
                        .prepareStatement(sql)) {
            statement.setString(1, sessionId);
            assertThat(statement.executeUpdate()).isEqualTo(1);
        }
    }
}
