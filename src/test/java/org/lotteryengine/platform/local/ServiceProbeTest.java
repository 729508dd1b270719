package org.lotteryengine.platform.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/**
 * What dev mode's start-up line says of each service: no server, a refused login, or in use; and what an embedded
 * service means for the data.
 */
class ServiceProbeTest {

    private static final String MACHINE_POSTGRES = "jdbc:postgresql://127.0.0.1:5432/lottery_test";

    @Test
    void aPortWithNoServerIsNoServer() {
        ServiceProbe.Probe postgres = ServiceProbe.postgres(PostgresEndpoint.fromJdbcUrl(
                "jdbc:postgresql://127.0.0.1:1/lottery", "lottery", "lottery"));
        ServiceProbe.Probe redis = ServiceProbe.redis(RedisEndpoint.fromHosts("redis://127.0.0.1:1"));

        assertThat(postgres.usable()).isFalse();
        assertThat(postgres.why()).isEqualTo("no server answers there");
        assertThat(redis.usable()).isFalse();
        assertThat(redis.why()).startsWith("no server answers there");
    }

    @Test
    void aServerThatRefusesTheRoleIsNotCalledSilent() {
        assumeTrue(ServiceProbe.postgres(PostgresEndpoint.fromJdbcUrl(MACHINE_POSTGRES, "lottery", "lottery"))
                .usable(), "the machine's PostgreSQL runs");

        ServiceProbe.Probe refused = ServiceProbe.postgres(PostgresEndpoint.fromJdbcUrl(MACHINE_POSTGRES,
                "no_such_role", "x"));

        assertThat(refused.usable()).isFalse();
        assertThat(refused.why()).startsWith("a server answers but refused the login as no_such_role: ")
                .contains("no_such_role");
    }

    @Test
    void theStartLineSaysWhatEmbeddedDataMeans() {
        String embedded = LocalServices.describe("PostgreSQL is embedded (x), because at y no server answers there",
                "Redis is the one at redis://127.0.0.1:6379", true);
        String machine = LocalServices.describe("PostgreSQL is the one at y", "Redis is the one at z", false);

        assertThat(embedded).isEqualTo("Local services: PostgreSQL is embedded (x), because at y no server answers"
                + " there; Redis is the one at redis://127.0.0.1:6379. Embedded services keep their data only until"
                + " the service stops: sessions, draws and designs stored there are gone at the next start.");
        assertThat(machine).isEqualTo("Local services: PostgreSQL is the one at y; Redis is the one at z.");
    }
}
