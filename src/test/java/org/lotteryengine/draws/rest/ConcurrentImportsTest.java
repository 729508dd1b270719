package org.lotteryengine.draws.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.lotteryengine.support.ApiCalls;
import org.lotteryengine.support.TestGames;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Imports into one game at the same time (two operators, two replicas) each refresh the game's analysis; the refreshes
 * must not fail on each other's rows, and the analysis left at the end must count every stored draw.
 */
@QuarkusTest
class ConcurrentImportsTest {

    private static final int CLIENTS = 4;
    private static final int DRAWS_PER_IMPORT = 40;
    private static final int ROUNDS = 3;

    @Test
    void theAnalysisLeftAfterConcurrentImportsCountsEveryDraw() throws Exception {
        String game = TestGames.create535("concurrent-imports");
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            int stored = 0;
            for (int round = 0; round < ROUNDS; round++) {
                List<Future<Integer>> imports = new ArrayList<>();
                for (int client = 0; client < CLIENTS; client++) {
                    LocalDate first = LocalDate.of(2001, 1, 1)
                            .plusDays((long) (round * CLIENTS + client) * DRAWS_PER_IMPORT);
                    String body = ApiCalls.randomDrawsCsv(first, DRAWS_PER_IMPORT, round * 31L + client);
                    imports.add(clients.submit(() -> ApiCalls.importCsv(game, body, true)
                            .then()
                            .statusCode(200)
                            .extract()
                            .<Integer> path("stored")));
                }
                for (Future<Integer> result : imports) {
                    assertThat(result.get()).isEqualTo(DRAWS_PER_IMPORT);
                }
                stored += CLIENTS * DRAWS_PER_IMPORT;
                assertThat(given().get("/api/v2/pattern-analysis/" + game)
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Integer> path("totalAnalyzedDraws")).as("draws analysed after round %d", round + 1)
                        .isEqualTo(stored);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void theSameFileImportedFourTimesAtOnceIsStoredOnce() throws Exception {
        String game = TestGames.create535("same-file");
        String body = ApiCalls.randomDrawsCsv(LocalDate.of(2010, 1, 1), DRAWS_PER_IMPORT, 7);
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<List<Integer>>> imports = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                imports.add(clients.submit(() -> {
                    var answer = ApiCalls.importCsv(game, body, true)
                            .then()
                            .statusCode(200)
                            .extract();
                    return List.of(answer.<Integer> path("stored"), answer.<Integer> path("alreadyStored"));
                }));
            }
            int stored = 0;
            for (Future<List<Integer>> result : imports) {
                List<Integer> counts = result.get();
                assertThat(counts.get(0) + counts.get(1)).isEqualTo(DRAWS_PER_IMPORT);
                stored += counts.get(0);
            }
            // Every row stored by exactly one of the four; the others found it stored.
            assertThat(stored).isEqualTo(DRAWS_PER_IMPORT);
        } finally {
            clients.shutdownNow();
        }
        assertThat(given().get("/api/v2/pattern-analysis/" + game)
                .then()
                .statusCode(200)
                .extract()
                .<Integer> path("totalAnalyzedDraws")).isEqualTo(DRAWS_PER_IMPORT);
    }
}
