package org.lotteryengine.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The design library across two replicas of the packaged application sharing PostgreSQL: a design searched on one
 * serves the other, both background searches improve the same key without losing an update (every stored improvement
 * raised the revision by one, and the stored design is the best offered), and a background search gives way to a
 * request.
 */
class DesignLibraryIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * Every test of the build generates from 127.0.0.1 and Redis keeps the hour's counts: these replicas count under a
     * prefix of their own, so as not to use up the 10 an hour that MultiReplicaIT counts on.
     */
    private static final String UNLIMITED = "lottery.rate-limits.key-prefix=library-" + UUID.randomUUID() + ":";
    /** A key no other test uses: 13 tickets. */
    private static final String REQUEST = """
            {"targetTier": "tier3", "numberOfTickets": 13, "strategy": "conservative", "lotteryType": "5/35",
             "seed": %d}""";

    @Test
    void aDesignSearchedOnOneReplicaServesTheOtherAndBothImproveItWithoutLosingAnUpdate() throws Exception {
        String[] improving = { "lottery.design-library.improver.enabled=true", UNLIMITED,
                "lottery.design-library.improver.cpu-share=1.0", "lottery.design-library.improver.search-time=PT1S",
                "lottery.design-library.improver.max-search-per-key=PT8S",
                "lottery.design-library.improver.idle-rest=PT0.2S", "lottery.design-library.cache-ttl=PT0.5S",
                // Neighbour keys would be stored too and counted among the offers: this test counts one key's.
                "lottery.design-library.improver.neighbours=0" };
        try (Replica a = new Replica("library-a", Replica.freePort(), improving).start();
                Replica b = new Replica("library-b", Replica.freePort(), improving).start()) {
            JsonNode searched = JSON.readTree(a.post("/api/v2/generate-tickets", null, REQUEST.formatted(1))
                    .body());
            assertThat(searched.at("/generation/stoppingReason")
                    .asText()).isNotEqualTo("stored_design");
            JsonNode served = JSON.readTree(b.post("/api/v2/generate-tickets", null, REQUEST.formatted(2))
                    .body());
            assertThat(served.at("/generation/stoppingReason")
                    .asText()).isEqualTo("stored_design");
            assertThat(served.at("/expectedPerformance")).isEqualTo(searched.at("/expectedPerformance"));

            // Both replicas' background searches work the key until its 8 s of search are spent.
            await("the key's search budget to be spent").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> {
                        JsonNode entry = entry(a);
                        return entry.get("totalSearchMs")
                                .asLong() >= 8000 && entry.get("claimedBy")
                                        .isNull();
                    });
            JsonNode entry = entry(b);
            String improved = "lottery_design_library_offers_total{outcome=\"improved\"";
            double stores = a.metric(improved) + b.metric(improved);
            // The first store is revision 1; each later one raised it by one: none overwrote another unseen.
            assertThat(entry.get("revision")
                    .asDouble()).isEqualTo(stores);
            // Never below the first design: P(at least one 3+ win) of the set searched on A.
            double first = searched.at("/expectedPerformance/optimized/tier3AtLeastOneWin")
                    .asDouble();
            assertThat(first).isPositive();
            assertThat(entry.get("objective")
                    .asDouble()).isGreaterThanOrEqualTo(first);
            assertThat(a.metric("lottery_design_library_improver_searches_total") + b.metric(
                    "lottery_design_library_improver_searches_total")).isPositive();
        }
    }

    @Test
    void aBackgroundSearchGivesWayToARequest() throws Exception {
        String[] improving = { "lottery.design-library.improver.enabled=true", UNLIMITED,
                "lottery.design-library.improver.cpu-share=1.0", "lottery.design-library.improver.search-time=PT30S",
                "lottery.design-library.improver.max-search-per-key=PT60S",
                "lottery.design-library.improver.idle-rest=PT0.2S" };
        try (Replica a = new Replica("library-yield", Replica.freePort(), improving).start()) {
            assertThat(a.post("/api/v2/generate-tickets", null, """
                    {"targetTier": "tier3", "numberOfTickets": 11, "strategy": "conservative", "lotteryType": "5/35"}""")
                    .statusCode()).isEqualTo(200);
            await("the background search to hold the key").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> !entryOf(a, 11).get("claimedBy")
                            .isNull());

            HttpResponse<String> request = a.post("/api/v2/generate-tickets", null, """
                    {"targetTier": "tier4", "numberOfTickets": 6, "strategy": "balanced", "lotteryType": "5/35"}""");

            assertThat(request.statusCode()).isEqualTo(200);
            await("the background search to give way").atMost(Duration.ofSeconds(10))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> a.metric("lottery_design_library_improver_yields_total") >= 1);
        }
    }

    private static JsonNode entry(Replica replica) throws Exception {
        return entryOf(replica, 13);
    }

    private static JsonNode entryOf(Replica replica, int tickets) throws Exception {
        for (JsonNode entry : JSON.readTree(replica.adminGet("/api/v2/admin/design-library")
                .body())) {
            if (entry.get("numberOfTickets")
                    .asInt() == tickets) {
                return entry;
            }
        }
        throw new AssertionError("no entry of " + tickets + " tickets");
    }
}
