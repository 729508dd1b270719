package org.lotteryengine.clients.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Dev mode's configuration (the {@code dev} profile, with only what keeps a test's database and scheduler its own),
 * as a newcomer following the README meets it: twenty generations in a row, the bad ones included, are never refused
 * for a rate limit. ReadmeExamplesTest runs the README's examples in the same configuration.
 */
@QuarkusTest
@TestProfile(DevModeTest.DevProfile.class)
class DevModeTest {

    public static class DevProfile implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "dev";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // What the test profile sets for every test: its own management port, a clean database, no scheduler,
            // no seeded imports from ../shared and no background work; the limits and degradation stay dev mode's.
            return Map.of("quarkus.management.port", "9001", "quarkus.management.test-port", "9001",
                    "quarkus.flyway.clean-disabled", "false", "quarkus.flyway.clean-at-start", "true",
                    "quarkus.scheduler.enabled", "false", "lottery.seed.enabled", "false",
                    "lottery.design-library.improver.enabled", "false", "lottery.health.capacity.memory-percent",
                    "101");
        }
    }

    @Test
    void twentyGenerationsInARowAreNeverRefusedForARateLimit() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            // Every fifth request is a bad one (no such tier), as a newcomer's first tries are.
            String tier = i % 5 == 4 ? "tier9" : "tier4";
            statuses.add(given().contentType("application/json")
                    .body("""
                            {"targetTier": "%s", "numberOfTickets": 3, "strategy": "conservative", "lotteryType": "5/35"}"""
                            .formatted(tier))
                    .post("/api/v2/generate-tickets")
                    .then()
                    .extract()
                    .statusCode());
        }

        assertThat(statuses).doesNotContain(429)
                .containsOnly(200, 400)
                .filteredOn(status -> status == 200)
                .hasSize(16);
    }
}
