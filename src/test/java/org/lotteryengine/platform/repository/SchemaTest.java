package org.lotteryengine.platform.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What Flyway built: the tables of spec sections 8.1 and 5.2 plus the additions, the indexes of 8.2, the seeded
 * games, and the constraints that keep bad numbers out whatever the application does.
 */
@QuarkusTest
class SchemaTest {

    @Inject
    DataSource dataSource;

    @Test
    void flywayCreatedEveryTable() throws SQLException {
        assertThat(strings("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
                .containsExactlyInAnyOrder("lottery_configurations", "lottery_prize_tiers", "user_sessions",
                        "generated_ticket_sets", "lottery_tickets", "generation_performance", "pattern_groups",
                        "hot_numbers", "proven_combinations", "draws", "api_keys", "design_library", "wheel_designs",
                        "draw_source_state", "runtime_settings", "runtime_settings_history", "flyway_schema_history");
    }

    @Test
    void flywayAppliedEveryMigration() throws SQLException {
        assertThat(strings("SELECT version || ':' || success FROM flyway_schema_history ORDER BY installed_rank"))
                .containsExactly("1:true", "2:true", "3:true", "4:true", "5:true", "6:true", "7:true", "8:true", "9:true",
                        "10:true", "11:true", "12:true");
    }

    @Test
    void everyIndexOfSpecSection82Exists() throws SQLException {
        assertThat(strings("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'"))
                .contains("idx_user_sessions_session_id", "idx_user_sessions_created_at",
                        "idx_generated_ticket_sets_session_id", "idx_lottery_tickets_ticket_set_id",
                        "idx_lottery_tickets_pattern", "idx_lottery_tickets_pattern_group",
                        "idx_pattern_groups_lottery_config", "idx_pattern_groups_group_type",
                        "idx_hot_numbers_lottery_config", "idx_tickets_pattern_quality",
                        "idx_performance_session_attempt", "idx_generated_ticket_sets_created_at");
    }

    @Test
    void seededGamesAndTheirPrizes() throws SQLException {
        assertThat(strings("SELECT id || '|' || name || '|' || number_min || '-' || number_max || '|' || draw_size"
                + " || '|' || ticket_price FROM lottery_configurations WHERE id IN ('5-35', 'tx-cash-5-5-37', 'tx-cash-five-5-35')"
                + " ORDER BY id"))
                .containsExactly("5-35|5/35|1-35|5|1.00", "tx-cash-5-5-37|Texas Cash 5 5/37|1-37|5|1.00",
                        "tx-cash-five-5-35|Texas Cash Five 5/35|1-35|5|1.00");
        assertThat(strings("SELECT lottery_config_id || ':' || match_count || '=' || prize_type || ' '"
                + " || coalesce(prize_amount::text, '-') FROM lottery_prize_tiers"
                + " WHERE lottery_config_id IN ('5-35', 'tx-cash-5-5-37', 'tx-cash-five-5-35') ORDER BY 1"))
                .containsExactly("5-35:3=fixed 15.00", "5-35:4=fixed 500.00", "5-35:5=fixed 100000.00",
                        "tx-cash-5-5-37:2=fixed 2.00", "tx-cash-5-5-37:3=pari_mutuel -",
                        "tx-cash-5-5-37:4=pari_mutuel -", "tx-cash-5-5-37:5=pari_mutuel -",
                        "tx-cash-five-5-35:2=free_ticket 1.00", "tx-cash-five-5-35:3=fixed 15.00",
                        "tx-cash-five-5-35:4=fixed 350.00", "tx-cash-five-5-35:5=fixed 25000.00");
    }

    @Test
    void drawsMustFitTheirGame() {
        assertThatThrownBy(() -> insertDraw("2001-01-01", "{1,2,3,4,36}"))
                .hasMessageContaining("lottery 5-35 takes numbers from 1 to 35");
        assertThatThrownBy(() -> insertDraw("2001-01-02", "{1,2,3,4}"))
                .hasMessageContaining("lottery 5-35 takes 5 numbers, got 4");
        assertThatThrownBy(() -> insertDraw("2001-01-03", "{1,2,3,4,4}"))
                .hasMessageContaining("valid_numbers");
        assertThatThrownBy(() -> insertDraw("2001-01-04", "{5,4,3,2,1}"))
                .hasMessageContaining("valid_numbers");
    }

    @Test
    void ticketsMustFitTheGameOfTheirSessionWhenInsertedTogether() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO user_sessions (id, session_id, lottery_config_id, target_tier,"
                        + " number_of_tickets, strategy) VALUES ('00000000-0000-0000-0000-000000000051', 'schema-test',"
                        + " '5-35', 'tier3', 3, 'balanced')");
                statement.execute("INSERT INTO generated_ticket_sets (id, session_id, status, generation_attempts,"
                        + " generation_time_ms, stopping_reason, overall_quality, quality_grade, pattern_hot_coverage,"
                        + " pattern_warm_coverage, pattern_cold_coverage, pattern_efficiency)"
                        + " VALUES ('00000000-0000-0000-0000-000000000052', '00000000-0000-0000-0000-000000000051',"
                        + " 'success', 1, 1, 'stored_design', 0.9, 'A', 1, 0, 0, 1)");
                String tickets = "INSERT INTO lottery_tickets (ticket_set_id, ticket_index, numbers, pattern,"
                        + " pattern_group, generation_strategy, quality_score) SELECT"
                        + " '00000000-0000-0000-0000-000000000052', i, n::int[], p, 'hot', 'pattern_specific', 0.5"
                        + " FROM unnest(ARRAY[0, 1, 2], ARRAY[%s], ARRAY['01223', '01223', '%s']) AS r(i, n, p)";
                statement.execute("SAVEPOINT before");
                assertThatThrownBy(() -> statement.execute(tickets.formatted(
                        "'{5,16,23,28,34}', '{5,16,23,28,35}', '{5,16,23,28,36}'", "01223")))
                        .hasMessageContaining("lottery 5-35 takes numbers from 1 to 35");
                statement.execute("ROLLBACK TO SAVEPOINT before");
                assertThatThrownBy(() -> statement.execute(tickets.formatted(
                        "'{5,16,23,28,34}', '{5,16,23,28,35}', '{5,16,23,28}'", "0122")))
                        .hasMessageContaining("lottery 5-35 takes 5 numbers, got 4");
                statement.execute("ROLLBACK TO SAVEPOINT before");
                statement.execute(tickets.formatted("'{5,16,23,28,34}', '{5,16,23,28,35}', '{6,16,23,28,35}'",
                        "01223"));
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void bonusNumbersOfTicketsMustFitTheirGamesBonusDrum() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                for (String[] game : new String[][] { { "53", "powerball", "tier4+1" }, { "55", "5-35", "tier3" } }) {
                    statement.execute(("INSERT INTO user_sessions (id, session_id, lottery_config_id, target_tier,"
                            + " number_of_tickets, strategy) VALUES ('00000000-0000-0000-0000-0000000000%s',"
                            + " 'schema-bonus-%s', '%s', '%s', 1, 'balanced')").formatted(game[0], game[1], game[1],
                                    game[2]));
                    statement.execute(("INSERT INTO generated_ticket_sets (id, session_id, status,"
                            + " generation_attempts, generation_time_ms, stopping_reason, overall_quality,"
                            + " pattern_hot_coverage, pattern_warm_coverage, pattern_cold_coverage) VALUES"
                            + " ('00000000-0000-0000-0000-0000000001%s', '00000000-0000-0000-0000-0000000000%s',"
                            + " 'success', 1, 1, 'max_attempts', 0.5, 1, 0, 0)").formatted(game[0], game[0]));
                }
                String ticket = "INSERT INTO lottery_tickets (ticket_set_id, ticket_index, numbers, pattern,"
                        + " pattern_group, generation_strategy, bonus_numbers) VALUES"
                        + " ('00000000-0000-0000-0000-0000000001%s', 0, '{5,16,23,28,64}', '01226', 'hot',"
                        + " 'pattern_spread', %s)";
                statement.execute("SAVEPOINT before");
                assertThatThrownBy(() -> statement.execute(ticket.formatted("53", "'{27}'")))
                        .hasMessageContaining("lottery powerball tickets hold 1 bonus numbers from 1 to 26, got {27}");
                statement.execute("ROLLBACK TO SAVEPOINT before");
                assertThatThrownBy(() -> statement.execute(ticket.formatted("53", "NULL")))
                        .hasMessageContaining("lottery powerball tickets hold 1 bonus numbers from 1 to 26");
                statement.execute("ROLLBACK TO SAVEPOINT before");
                assertThatThrownBy(() -> statement.execute(ticket.formatted("55", "'{7}'").replace("64}", "34}")
                        .replace("01226", "01223")))
                        .hasMessageContaining("lottery 5-35 tickets hold no bonus numbers, got {7}");
                statement.execute("ROLLBACK TO SAVEPOINT before");
                statement.execute(ticket.formatted("53", "'{26}'"));
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void aDrawIsStoredOncePerGameDateAndNumber() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO draws (lottery_config_id, draw_date, numbers)"
                        + " VALUES ('5-35', '1999-12-31', '{1,2,3,4,5}')");
                assertThatThrownBy(() -> statement.execute("INSERT INTO draws (lottery_config_id, draw_date, numbers)"
                        + " VALUES ('5-35', '1999-12-31', '{6,7,8,9,10}')"))
                        .hasMessageContaining("uq_draws_config_date_number");
            } finally {
                connection.rollback();
            }
        }
    }

    @Test
    void aPrizeCannotExceedTheDrawSize() {
        assertThatThrownBy(() -> execute("INSERT INTO lottery_prize_tiers (lottery_config_id, match_count, prize_type,"
                + " prize_amount) VALUES ('5-35', 6, 'fixed', 1)"))
                .hasMessageContaining("lottery 5-35 draws 5 numbers; no prize for 6 matches");
    }

    @Test
    void idsArePathSafe() {
        assertThatThrownBy(() -> execute("INSERT INTO lottery_configurations (id, name, number_max, draw_size,"
                + " pattern_length, ticket_price) VALUES ('6/49', '6/49', 49, 6, 6, 2)"))
                .hasMessageContaining("path_safe_id");
    }

    private void insertDraw(String date, String numbers) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "INSERT INTO draws (lottery_config_id, draw_date, numbers) VALUES ('5-35', ?::date, ?::int[])")) {
            statement.setString(1, date);
            statement.setString(2, numbers);
            statement.execute();
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
