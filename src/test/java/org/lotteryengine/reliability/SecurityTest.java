package org.lotteryengine.reliability;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lotteryengine.support.TestClients;

import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Spec 14: SQL only through parameters (injection strings in every text field and path value leave every table
 * as it was), and no personal data kept (a client's API key and address are found in no table and no Redis key).
 */
@QuarkusTest
class SecurityTest {

    private static final List<String> INJECTIONS = List.of("'; DROP TABLE user_sessions; --", "' OR '1'='1",
            "5/35' OR 1=1 --", "\"; DELETE FROM draws; --", "tier4'); TRUNCATE lottery_configurations CASCADE; --",
            "1; SELECT pg_sleep(5)", "$1", "\\x00'");

    @Inject
    DataSource dataSource;

    @Inject
    RedisDataSource redis;

    @Test
    void injectionStringsInEveryTextFieldChangeNothing() throws SQLException {
        Map<String, Long> before = rowCounts();
        for (String injection : INJECTIONS) {
            String quoted = injection.replace("\\", "\\\\")
                    .replace("\"", "\\\"");
            List<Response> answers = new ArrayList<>();
            for (String field : List.of("targetTier", "strategy", "lotteryType")) {
                String body = """
                        {"targetTier": "tier4", "numberOfTickets": 5, "strategy": "balanced", "lotteryType": "5/35"}"""
                        .replaceFirst("\"" + field + "\": \"[^\"]*\"", "\"" + field + "\": \"" + quoted.replace("$",
                                "\\$") + "\"");
                answers.add(given().contentType("application/json")
                        .body(body)
                        .post("/api/v2/generate-tickets"));
            }
            answers.add(given().header(TestClients.ADMIN).contentType("application/json")
                    .body("""
                            {"id": "%s", "name": "%s", "numberRange": {"min": 1, "max": 35}, "drawSize": 5,
                             "ticketPrice": 1, "prizeStructure": {"tier3": {"prizeType": "fixed", "prize": 15}}}"""
                            .formatted(quoted, quoted))
                    .post("/api/v2/lotteries"));
            answers.add(given().contentType("application/json")
                    .body("{\"lotteryType\": \"" + quoted + "\", \"tickets\": [[1, 2, 3, 4, 5]]}")
                    .post("/api/v2/evaluate"));
            String path = BadInputFuzzTest.encode(injection);
            answers.add(given().get("/api/v2/lotteries/" + path));
            answers.add(given().get("/api/v2/draws/" + path));
            answers.add(given().get("/api/v2/pattern-analysis/" + path));
            answers.add(given().get("/api/v2/sessions/" + path));
            answers.add(given().delete("/api/v2/sessions/" + path));
            // An upload reports its bad rows and stores the good ones (this one has none), or refuses a malformed file.
            Response upload = given().header(TestClients.ADMIN).contentType("text/csv")
                    .body("draw_date,n1,n2,n3,n4,n5\n" + injection + ",1,2,3,4,5\n")
                    .post("/api/v2/draws/5-35");
            assertThat(upload.statusCode()).as(upload.asString())
                    .isIn(200, 400);
            if (upload.statusCode() == 200) {
                assertThat(upload.jsonPath()
                        .getInt("stored")).isZero();
            }
            for (Response answer : answers) {
                assertThat(answer.statusCode()).as(injection + ": " + answer.asString())
                        .isBetween(400, 499);
                assertThat(answer.asString()).doesNotContain("SQL", "syntax error", "PSQLException", "relation");
            }
        }
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aClientsKeyAndAddressAreKeptNowhere() throws SQLException {
        // Only the key's SHA-256 is stored (api_keys.key_hash), never the key.
        String key = TestClients.issueKey("pii", null, "generate");
        String address = "203.0.113." + (1 + System.nanoTime() % 250);
        given().header("X-API-Key", key)
                .header("X-Forwarded-For", address)
                .contentType("application/json")
                .body("""
                        {"targetTier": "tier4", "numberOfTickets": 5, "strategy": "balanced", "lotteryType": "5/35"}""")
                .post("/api/v2/generate-tickets")
                .then()
                .statusCode(200);
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables(connection)) {
                try (PreparedStatement search = connection.prepareStatement("SELECT count(*) FROM " + table
                        + " t WHERE t::text LIKE ? OR t::text LIKE ?")) {
                    search.setString(1, "%" + key + "%");
                    search.setString(2, "%" + address + "%");
                    try (ResultSet rows = search.executeQuery()) {
                        rows.next();
                        assertThat(rows.getLong(1)).as(table)
                                .isZero();
                    }
                }
            }
        }
        assertThat(redis.key()
                .keys("*" + key + "*")).isEmpty();
        assertThat(redis.key()
                .keys("*" + address + "*")).isEmpty();
    }

    private Map<String, Long> rowCounts() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables(connection)) {
                try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM " + table);
                        ResultSet rows = count.executeQuery()) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    /** The application's tables (Flyway's own history aside). */
    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'
                ORDER BY table_name"""); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        assertThat(tables).contains("user_sessions", "draws", "lottery_configurations", "lottery_tickets");
        return tables;
    }
}
