package org.lotteryengine.draws.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The cache of analyses, in the real Redis: a miss filled after the draws changed never replaces the analysis of the
 * change.
 */
@QuarkusTest
class PatternAnalysisCacheTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @Inject
    PatternAnalysisCache cache;

    private static String game(String purpose) {
        return purpose + "-" + System.nanoTime();
    }

    private PatternAnalysisCache.Lookup lookup(String game) {
        return cache.get(game)
                .await()
                .atMost(WAIT);
    }

    @Test
    void aFillOfAGameWithoutVersionStartsVersionZero() {
        String game = game("fill-new");
        PatternAnalysisCache.Lookup missed = lookup(game);
        assertThat(missed.json()).isNull();
        assertThat(missed.version()).isNull();
        assertThat(cache.fill(game, missed.version(), "{\"a\":1}")
                .await()
                .atMost(WAIT)).isZero();
        PatternAnalysisCache.Lookup found = lookup(game);
        assertThat(found.version()).isZero();
        assertThat(found.json()).isEqualTo("{\"a\":1}");
    }

    @Test
    void aFillThatLostTheRaceToARefreshLeavesTheRefreshCurrent() {
        String game = game("fill-race");
        // A request misses; before its analysis is stored, draws are imported and the refresh stores its own.
        PatternAnalysisCache.Lookup missed = lookup(game);
        cache.put(game, "{\"draws\":2}")
                .await()
                .atMost(WAIT);
        Long filled = cache.fill(game, missed.version(), "{\"draws\":1}")
                .await()
                .atMost(WAIT);
        // Nothing to tag a grouping with: the game has moved on.
        assertThat(filled).isNull();
        assertThat(lookup(game).json()).isEqualTo("{\"draws\":2}");

        // The same with a version already there: the fill goes under the old version, which nobody reads.
        PatternAnalysisCache.Lookup seen = lookup(game);
        cache.put(game, "{\"draws\":3}")
                .await()
                .atMost(WAIT);
        assertThat(cache.fill(game, seen.version(), "{\"draws\":2, \"late\":true}")
                .await()
                .atMost(WAIT)).isEqualTo(seen.version());
        PatternAnalysisCache.Lookup current = lookup(game);
        assertThat(current.version()).isEqualTo(seen.version() + 1);
        assertThat(current.json()).isEqualTo("{\"draws\":3}");
    }
}
