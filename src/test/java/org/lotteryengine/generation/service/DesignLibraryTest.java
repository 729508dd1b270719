package org.lotteryengine.generation.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.generation.DesignKey;
import org.lotteryengine.engine.generation.Strategy;
import org.lotteryengine.engine.generation.TicketDesign;
import org.lotteryengine.generation.repository.DesignLibraryRepository;
import org.lotteryengine.lotteries.service.LotteryConfigurationService;
import org.lotteryengine.support.ApiCalls;
import org.lotteryengine.support.MetricsScrape;
import org.lotteryengine.support.TestClients;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * The design library on one replica: a miss searches and stores, a hit relabels without a search, the seed that
 * searched gets its set back unchanged, and concurrent offers keep the best design without losing an update.
 */
@QuarkusTest
@TestProfile(DesignLibraryTest.LibraryOn.class)
class DesignLibraryTest {

    public static class LibraryOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The background search stays off unless a test starts it; then its searches are short.
            return Map.of("lottery.design-library.enabled", "true", "lottery.design-library.improver.search-time",
                    "PT0.3S", "lottery.design-library.improver.max-search-per-key", "PT0.3S",
                    "lottery.design-library.improver.idle-rest", "PT0.1S", "lottery.design-library.improver.cpu-share",
                    "1.0");
        }
    }

    @Inject
    DesignLibraryRepository repository;
    @Inject
    LotteryConfigurationService configurations;
    @Inject
    DesignImprover improver;
    @Inject
    Pool pool;

    private static String request(int tickets, long seed) {
        return """
                {"targetTier": "tier3", "numberOfTickets": %d, "strategy": "conservative", "lotteryType": "5/35",
                 "preferences": {"maxGenerationTime": 3000}, "seed": %d}""".formatted(tickets, seed);
    }

    @Test
    void aMissSearchesAndStoresThenTheSameKeyIsARelabellingOfTheStoredDesign() {
        double hitsBefore = hits();
        JsonPath searched = ApiCalls.generate(request(12, 41))
                .jsonPath();
        assertThat(searched.getString("generation.stoppingReason")).isNotEqualTo("stored_design");
        assertThat(searched.getInt("generation.attempts")).isPositive();

        JsonPath again = ApiCalls.generate(request(12, 41))
                .jsonPath();
        JsonPath other = ApiCalls.generate(request(12, 42))
                .jsonPath();

        assertThat(again.getString("generation.stoppingReason")).isEqualTo("stored_design");
        assertThat(again.getInt("generation.attempts")).isZero();
        // The seed that searched gets the same tickets, figures and all, from the library.
        assertThat(again.getList("tickets.numbers")).isEqualTo(searched.getList("tickets.numbers"));
        assertThat(again.getMap("expectedPerformance")).isEqualTo(searched.getMap("expectedPerformance"));
        assertThat(other.getString("generation.stoppingReason")).isEqualTo("stored_design");
        assertThat(other.getList("tickets.numbers")).isNotEqualTo(searched.getList("tickets.numbers"));
        assertThat(other.getList("tickets.pattern")).isEqualTo(searched.getList("tickets.pattern"));
        assertThat(other.getList("tickets.generationStrategy")).isEqualTo(searched.getList(
                "tickets.generationStrategy"));
        assertThat(other.getMap("expectedPerformance")).isEqualTo(searched.getMap("expectedPerformance"));
        assertThat(hits() - hitsBefore)
                .isEqualTo(2.0);

        List<Map<String, Object>> entries = given().header(TestClients.ADMIN)
                .get("/api/v2/admin/design-library")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.numberOfTickets == 12 }");
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0)).containsEntry("revision", 1)
                .containsEntry("targetTier", "tier3")
                .containsEntry("strategy", "conservative")
                .containsEntry("game", "5 of 1..35")
                .containsEntry("lotteryId", "5-35");
    }

    @Test
    void theBackgroundSearchDesignsTheTicketCountsNextToARequestedKeyBeforeAnyoneAsks() {
        pool.query("DELETE FROM design_library WHERE game = '5 of 1..35' AND tickets BETWEEN 21 AND 25")
                .executeAndAwait();
        // Other keys are made unrequested, so that this test's key is among the most requested.
        pool.query("UPDATE design_library SET requests = 0")
                .executeAndAwait();
        ApiCalls.generate(request(23, 5));
        ApiCalls.generate(request(23, 6));

        improver.start();
        try {
            await().atMost(Duration.ofSeconds(90))
                    .until(() -> storedTicketCounts().containsAll(List.of(21, 22, 24, 25)));
        } finally {
            improver.stop();
        }

        JsonPath served = ApiCalls.generate(request(24, 7))
                .jsonPath();
        assertThat(served.getString("generation.stoppingReason")).isEqualTo("stored_design");
        java.util.regex.Matcher neighbours = java.util.regex.Pattern.compile(
                "lottery_design_library_improver_neighbours_total(\\{[^}]*})? (\\S+)")
                .matcher(MetricsScrape.scrape());
        assertThat(neighbours.find()).isTrue();
        assertThat(Double.parseDouble(neighbours.group(2))).isGreaterThanOrEqualTo(4);
    }

    /** The ticket counts of this class's 5/35 tier 3 conservative keys in the library. */
    private Set<Integer> storedTicketCounts() {
        return repository.list()
                .await()
                .indefinitely()
                .stream()
                .map(summary -> summary.key()
                        .key())
                .filter(key -> key.targetTier() == 3 && key.strategy() == Strategy.CONSERVATIVE && key.game()
                        .equals("5 of 1..35"))
                .map(DesignKey::tickets)
                .collect(Collectors.toSet());
    }

    @Test
    void warmingSearchesTheKeyAndTheNextRequestIsServedFromIt() {
        List<Map<String, Object>> warmed = given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("[" + request(9, 5) + "]")
                .post("/api/v2/admin/design-library/warm")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(warmed).hasSize(1);
        assertThat(warmed.get(0)).containsEntry("stored", true)
                .containsEntry("revision", 1);

        JsonPath served = ApiCalls.generate(request(9, 77))
                .jsonPath();
        assertThat(served.getString("generation.stoppingReason")).isEqualTo("stored_design");
    }

    @Test
    void aWarmUpOfNoRequestsIsRefused() {
        ApiCalls.assertError(given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("[]")
                .post("/api/v2/admin/design-library/warm")
                .then()
                .extract(), 400, "INVALID_REQUEST", 4000, "The body must be a list of 1 to 20 generation requests");
    }

    @Test
    void concurrentOffersKeepTheBestDesignAndCountEveryImprovement() {
        given().header(TestClients.ADMIN)
                .contentType("application/json")
                .body("[" + request(7, 3) + "]")
                .post("/api/v2/admin/design-library/warm")
                .then()
                .statusCode(200);
        DesignLibraryRepository.Summary stored = repository.list()
                .await()
                .indefinitely()
                .stream()
                .filter(summary -> summary.key()
                        .key()
                        .tickets() == 7)
                .findFirst()
                .orElseThrow();
        DesignKey key = stored.key()
                .key();
        var format = configurations.getForPath("5-35")
                .await()
                .indefinitely()
                .format();
        TicketDesign base = repository.find(stored.key()
                .id(), format)
                .await()
                .indefinitely()
                .orElseThrow()
                .design();
        // Twenty offers at once, ten of them better than the stored design, in a shuffled order.
        List<Double> objectives = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            objectives.add(i % 2 == 0 ? base.objective() + i * 1e-3 : base.objective() - i * 1e-3);
        }
        java.util.Collections.shuffle(objectives, new java.util.Random(9));
        List<Uni<Optional<Integer>>> offers = objectives.stream()
                .map(objective -> repository.offer(key, "5-35", withObjective(base, objective)))
                .toList();
        List<Optional<Integer>> outcomes = Uni.join()
                .all(offers)
                .andFailFast()
                .await()
                .indefinitely();

        DesignLibraryRepository.Entry after = repository.find(stored.key()
                .id(), format)
                .await()
                .indefinitely()
                .orElseThrow();
        List<Integer> revisions = outcomes.stream()
                .flatMap(Optional::stream)
                .sorted()
                .toList();
        assertThat(after.design()
                .objective()).isEqualTo(base.objective() + 20e-3);
        // Each stored offer raised the revision by one: none was written over unseen.
        assertThat(after.revision()).isEqualTo(1 + revisions.size());
        assertThat(revisions).doesNotHaveDuplicates()
                .allMatch(revision -> revision >= 2 && revision <= after.revision());
        assertThat(revisions).isNotEmpty();
    }

    private static TicketDesign withObjective(TicketDesign design, double objective) {
        return new TicketDesign(design.tickets(), design.pool(), design.wheelGuarantees(), design.evaluation(), design
                .coverage(), design.ticketShares(), objective, design.seed(), design.attempts(), design.searchMs());
    }

    private static double hits() {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(
                "lottery_design_library_requests_total\\{[^}]*outcome=\"hit\"[^}]*} (\\S+)")
                .matcher(MetricsScrape.scrape());
        return matcher.find() ? Double.parseDouble(matcher.group(1)) : 0;
    }
}
