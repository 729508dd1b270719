package org.lotteryengine.platform.health;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Predicate;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lotteryengine.draws.health.PatternDataFreshnessCheck;
import org.lotteryengine.generation.health.GenerationCapacityCheck;
import org.lotteryengine.platform.error.EngineBusyException;
import org.lotteryengine.platform.service.EngineExecutor;
import org.lotteryengine.support.Await;
import org.lotteryengine.support.FaultProxy;
import org.lotteryengine.support.Management;
import org.lotteryengine.support.ProxiedServices;
import org.lotteryengine.support.TestClients;
import org.lotteryengine.support.TestGames;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * Each health check of spec 13.4 goes DOWN under its fault and UP again when the fault is gone, with no restart:
 * PostgreSQL and Redis are reached through proxies this test owns and cuts; the engine is saturated with tasks this
 * test holds; pattern data is aged in the database.
 */
@QuarkusTest
@TestProfile(ProxiedServices.class)
class HealthFaultsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String ADMIN = "Bearer test-admin-token";

    @Inject
    EngineExecutor engine;

    @Inject
    DataSource dataSource;

    @AfterEach
    void servicesBack() {
        FaultProxy.restore("postgres");
        FaultProxy.restore("redis");
    }

    @Test
    void postgresqlDownMakesReadinessDownAndComesBack() {
        JsonPath up = awaitCheck("/q/health/ready", PostgresReadinessCheck.NAME, "UP");
        assertThat(up.getLong("checks.find { it.name == 'postgresql' }.data.hot_pattern_rows")).isNotNegative();
        assertThat(up.getLong("checks.find { it.name == 'postgresql' }.data.max_query_time_ms")).isEqualTo(5000);

        FaultProxy.cut("postgres");
        JsonPath down = awaitCheck("/q/health/ready", PostgresReadinessCheck.NAME, "DOWN");
        assertThat(down.getString("status")).isEqualTo("DOWN");
        assertThat(down.getString("checks.find { it.name == 'postgresql' }.data.error")).isNotBlank();
        Management.given()
                .get("/q/health/ready")
                .then()
                .statusCode(503);

        FaultProxy.restore("postgres");
        awaitCheck("/q/health/ready", PostgresReadinessCheck.NAME, "UP");
        awaitStatus("/ready", 200);
    }

    @Test
    void redisDownMakesReadinessDownAndComesBack() {
        awaitCheck("/q/health/ready", RedisReadinessCheck.NAME, "UP");

        FaultProxy.cut("redis");
        JsonPath down = awaitCheck("/q/health/ready", RedisReadinessCheck.NAME, "DOWN");
        assertThat(down.getString("status")).isEqualTo("DOWN");
        // The service's own check replaces the extension's: Redis is reported once.
        assertThat(down.getList("checks.name")).containsOnlyOnce(RedisReadinessCheck.NAME)
                .doesNotContain("Redis connection health check");

        FaultProxy.restore("redis");
        JsonPath up = awaitCheck("/q/health/ready", RedisReadinessCheck.NAME, "UP");
        assertThat(up.getLong("checks.find { it.name == 'redis' }.data.ping_ms")).isNotNegative();
        awaitStatus("/ready", 200);
    }

    @Test
    void aSaturatedEngineMakesCapacityDownAndComesBack() {
        JsonPath up = awaitCheck("/q/health/ready", GenerationCapacityCheck.NAME, "UP");
        int capacity = up.getInt("checks.find { it.name == 'generation-capacity' }.data.engine_queue_capacity");
        assertThat(capacity).isEqualTo(5);

        CountDownLatch release = new CountDownLatch(1);
        List<CompletableFuture<Boolean>> held = new ArrayList<>();
        try {
            // Every thread busy and every queue slot taken: the next generation would be refused.
            while (true) {
                held.add(engine.start(() -> {
                    try {
                        return release.await(PATIENCE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread()
                                .interrupt();
                        return false;
                    }
                }));
            }
        } catch (EngineBusyException full) {
            // Expected once the pool and its queue are full.
        }
        try {
            JsonPath down = awaitCheck("/q/health/ready", GenerationCapacityCheck.NAME, "DOWN");
            assertThat(down.getString("checks.find { it.name == 'generation-capacity' }.data.reason"))
                    .isEqualTo("engine queue full (5)");
            assertThat(down.getBoolean("checks.find { it.name == 'generation-capacity' }.data.capacity_available"))
                    .isFalse();
        } finally {
            release.countDown();
        }
        held.forEach(CompletableFuture::join);
        awaitCheck("/q/health/ready", GenerationCapacityCheck.NAME, "UP");
    }

    @Test
    void stalePatternDataIsDownOnWellnessOnlyAndARefreshBringsItBack() throws Exception {
        String game = TestGames.create535("freshness");
        StringBuilder csv = new StringBuilder("draw_date,n1,n2,n3,n4,n5\n");
        for (int day = 1; day <= 20; day++) {
            csv.append("2024-01-%02d,%d,%d,%d,%d,%d\n".formatted(day, day, day + 3, day + 6, day + 9, day + 12));
        }
        given().header(TestClients.ADMIN).contentType("text/csv")
                .body(csv.toString())
                .post("/api/v2/draws/" + game)
                .then()
                .statusCode(200);
        JsonPath fresh = awaitCheck("/q/health/well", PatternDataFreshnessCheck.NAME, "UP");
        assertThat(fresh.getString("checks.find { it.name == 'pattern-data' }.data.'" + game + "'"))
                .startsWith("analysed ");

        try (Connection connection = dataSource.getConnection();
                PreparedStatement age = connection.prepareStatement(
                        "UPDATE pattern_groups SET updated_at = now() - interval '3 days' WHERE lottery_config_id = ?")) {
            age.setString(1, game);
            assertThat(age.executeUpdate()).isPositive();
        }
        JsonPath stale = awaitCheck("/q/health/well", PatternDataFreshnessCheck.NAME, "DOWN");
        assertThat(stale.getString("checks.find { it.name == 'pattern-data' }.data.stale")).contains(game);
        Management.given()
                .get("/q/health")
                .then()
                .statusCode(503);
        // Readiness does not depend on it: stale data degrades the service, it does not take it out of rotation.
        given().get("/ready")
                .then()
                .statusCode(200);

        given().header("Authorization", ADMIN)
                .post("/api/v2/admin/maintenance/pattern-refresh")
                .then()
                .statusCode(200);
        awaitCheck("/q/health/well", PatternDataFreshnessCheck.NAME, "UP");
    }

    /** Polls the endpoint until the named check has the status; returns that answer. */
    private static JsonPath awaitCheck(String path, String check, String status) {
        return await(path, json -> status.equals(json.getString("checks.find { it.name == '" + check + "' }.status")),
                path + " with " + check + " " + status);
    }

    private static void awaitStatus(String path, int httpStatus) {
        Await.until(PATIENCE, () -> given().get(path)
                .statusCode(), status -> status == httpStatus, path + " answering " + httpStatus);
    }

    private static JsonPath await(String path, Predicate<JsonPath> condition, String what) {
        return JsonPath.from(Await.until(PATIENCE, () -> Management.given()
                .get(path)
                .asString(), answer -> condition.test(JsonPath.from(answer)), what));
    }
}
