package org.lotteryengine.admin.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lotteryengine.support.ApiCalls;
import org.lotteryengine.support.Await;
import org.lotteryengine.support.PreciseJson;
import org.lotteryengine.support.TestClients;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * Spec 9.2's run-time settings: a change checked by the configuration's rules, in force for the next generation,
 * recorded with who and when, seen by a replica that did not make it, and reverted.
 */
@QuarkusTest
class RuntimeSettingsTest {

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void preciseNumbers() {
        PreciseJson.enable();
    }

    @AfterEach
    void revert() {
        // Other tests read the configured values.
        for (String path : List.of("stopping-criteria/tier4", "strategy-modifiers/balanced")) {
            given().header(TestClients.ADMIN)
                    .delete("/api/v2/admin/settings/" + path)
                    .then()
                    .statusCode(200);
        }
    }

    @Test
    void aChangeAppliesToTheNextGenerationAndIsRecorded() {
        JsonPath before = view();
        assertThat(before.getBoolean("stoppingCriteria.tier4.changed")).isFalse();
        double bonus = before.getDouble("strategyModifiers.conservative.values.'hot-pattern-bonus'");

        JsonPath changed = given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("{\"pattern-grouping.hot-coverage-minimum\": 0.5, \"meta.max-attempts-base\": 12}")
                .put("/api/v2/admin/settings/stopping-criteria/tier4")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(changed.getBoolean("stoppingCriteria.tier4.changed")).isTrue();
        assertThat(changed.getString("stoppingCriteria.tier4.changedBy")).isEqualTo("operator");
        assertThat(changed.getDouble("stoppingCriteria.tier4.values.'pattern-grouping.hot-coverage-minimum'"))
                .isEqualTo(0.5);
        assertThat(changed.getInt("stoppingCriteria.tier4.values.'meta.max-attempts-base'")).isEqualTo(12);
        // The other values of the tier keep what was in force.
        assertThat(changed.getDouble("stoppingCriteria.tier4.values.'score-weights.pattern'")).isEqualTo(before
                .getDouble("stoppingCriteria.tier4.values.'score-weights.pattern'"));
        assertThat(changed.getLong("revision")).isGreaterThan(before.getLong("revision"));

        ExtractableResponse<Response> generated = ApiCalls.generate("""
                {"targetTier": "tier4", "numberOfTickets": 20, "strategy": "conservative", "lotteryType": "5/35",
                 "seed": 3}""");
        assertThat(generated.statusCode()).as(generated.asString())
                .isIn(200, 422);
        double required = generated.jsonPath()
                .getDouble("generation.thresholds.find { it.name == 'hotPatternCoverage' }.baseRequired");
        assertThat(required).isEqualTo(Math.min(1.0, 0.5 * bonus));

        JsonPath history = given().header(TestClients.ADMIN)
                .get("/api/v2/admin/settings/history?limit=5")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(history.getString("[0].name")).isEqualTo("stopping-criteria.tier4");
        assertThat(history.getString("[0].changedBy")).isEqualTo("operator");
        assertThat(history.getDouble("[0].values.'pattern-grouping.hot-coverage-minimum'")).isEqualTo(0.5);
        assertThat(history.getString("[0].changedAt")).isNotBlank();
    }

    @Test
    void aChangeStoredByAnotherReplicaIsInForceWithinSeconds() throws SQLException {
        JsonPath before = view();
        // What another replica's PUT stores: the history row and the setting with all its values.
        try (Connection connection = dataSource.getConnection();
                PreparedStatement history = connection
                        .prepareStatement("INSERT INTO runtime_settings_history (name, value, changed_by) VALUES"
                                + " ('strategy-modifiers.balanced', ?::jsonb, 'replica-b') RETURNING id")) {
            String values = "{\"diversity-weight\": 1.25, \"concentration-limit\": %s, \"hot-pattern-bonus\": %s}"
                    .formatted(before.getDouble("strategyModifiers.balanced.values.'concentration-limit'"), before
                            .getDouble("strategyModifiers.balanced.values.'hot-pattern-bonus'"));
            history.setString(1, values);
            var rows = history.executeQuery();
            rows.next();
            long revision = rows.getLong(1);
            try (PreparedStatement setting = connection.prepareStatement(
                    "INSERT INTO runtime_settings (name, value, revision, changed_by) VALUES"
                            + " ('strategy-modifiers.balanced', ?::jsonb, ?, 'replica-b')")) {
                setting.setString(1, values);
                setting.setLong(2, revision);
                setting.executeUpdate();
            }
        }
        JsonPath seen = Await.until(Duration.ofSeconds(10), RuntimeSettingsTest::view, view -> view.getBoolean(
                "strategyModifiers.balanced.changed"), "the other replica's change in force");
        assertThat(seen.getDouble("strategyModifiers.balanced.values.'diversity-weight'")).isEqualTo(1.25);
        assertThat(seen.getString("strategyModifiers.balanced.changedBy")).isEqualTo("replica-b");
    }

    /** The history keeps lottery.runtime-settings.history-retention (730 days): older rows go at the next change. */
    @Test
    void aChangeDropsHistoryOlderThanTheRetention() throws SQLException {
        long old;
        long recent;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement history = connection.prepareStatement(
                        "INSERT INTO runtime_settings_history (name, value, changed_by, changed_at) VALUES"
                                + " ('stopping-criteria.tier4', NULL, 'archive', now() - ?::interval) RETURNING id")) {
            history.setString(1, "731 days");
            var rows = history.executeQuery();
            rows.next();
            old = rows.getLong(1);
            history.setString(1, "729 days");
            rows = history.executeQuery();
            rows.next();
            recent = rows.getLong(1);
        }

        given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("{\"pattern-grouping.hot-coverage-minimum\": 0.45}")
                .put("/api/v2/admin/settings/stopping-criteria/tier4")
                .then()
                .statusCode(200);

        try (Connection connection = dataSource.getConnection();
                PreparedStatement kept = connection.prepareStatement(
                        "SELECT id FROM runtime_settings_history WHERE id IN (?, ?)")) {
            kept.setLong(1, old);
            kept.setLong(2, recent);
            var rows = kept.executeQuery();
            List<Long> ids = new java.util.ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
            assertThat(ids).containsExactly(recent);
        }
    }

    @Test
    void aBadChangeIsRefusedWithEveryProblemAndChangesNothing() {
        long revision = view().getLong("revision");
        ExtractableResponse<Response> refused = given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("{\"score-weights.pattern\": 0.9, \"traditional.diversity-balance-minimum\": 0.9,"
                        + " \"traditional.diversity-balance-maximum\": 0.5}")
                .put("/api/v2/admin/settings/stopping-criteria/tier4")
                .then()
                .extract();
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.jsonPath()
                .getString("error")).isEqualTo("INVALID_REQUEST");
        assertThat(refused.jsonPath()
                .getList("details.problems", String.class)).hasSize(2)
                .anyMatch(problem -> problem.startsWith("tier4.score-weights.pattern, .number and .diversity must add"
                        + " up to 1"))
                .contains("tier4.traditional.diversity-balance-minimum (0.9) must not exceed"
                        + " tier4.traditional.diversity-balance-maximum (0.5)");
        assertThat(given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("{\"meta.max-attempts-base\": 2.5}")
                .put("/api/v2/admin/settings/stopping-criteria/tier4")
                .then()
                .extract()
                .jsonPath()
                .getString("message")).isEqualTo("meta.max-attempts-base must be a whole number, got 2.5");
        assertThat(given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("{\"hot-pattern-bonus\": 1.1}")
                .put("/api/v2/admin/settings/strategy-modifiers/reckless")
                .statusCode()).isEqualTo(400);
        assertThat(given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("{\"hot-pattern-bonus\": 1.1}")
                .put("/api/v2/admin/settings/stopping-criteria/tier11")
                .statusCode()).isEqualTo(400);
        assertThat(given().contentType("application/json")
                .body("{\"hot-pattern-bonus\": 1.1}")
                .put("/api/v2/admin/settings/strategy-modifiers/balanced")
                .statusCode()).isEqualTo(401);
        assertThat(view().getLong("revision")).isEqualTo(revision);
    }

    private static JsonPath view() {
        return given().header(TestClients.ADMIN)
                .get("/api/v2/admin/settings")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
