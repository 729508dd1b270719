package org.lotteryengine.generation.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.Formats;
import org.lotteryengine.engine.generation.Degradation;
import org.lotteryengine.engine.generation.GenerationControl;
import org.lotteryengine.engine.generation.GenerationEngine;
import org.lotteryengine.engine.generation.GenerationFixtures;
import org.lotteryengine.engine.generation.GenerationListener;
import org.lotteryengine.engine.generation.GenerationResult;
import org.lotteryengine.engine.generation.GenerationStatus;
import org.lotteryengine.engine.generation.PatternData;
import org.lotteryengine.engine.generation.Strategy;
import org.lotteryengine.engine.generation.TicketStrategy;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The application's engine is built from its configuration and generates.
 */
@QuarkusTest
class GenerationEngineProducerTest {

    @Inject
    GenerationEngine engine;

    @Test
    void theEngineRunsOnTheConfiguredSettings() {
        assertThat(engine.settings().sharesFor(4, Strategy.AGGRESSIVE)).containsEntry(TicketStrategy.PATTERN_SPECIFIC,
                60).containsEntry(TicketStrategy.TRIPLET_FOUNDATION, 25).containsEntry(TicketStrategy.HOT_PAIR, 15);
        assertThat(engine.settings().criteriaFor(4).hotCoverageMinimum()).isEqualTo(0.85);
        assertThat(engine.settings().algorithmVersion()).isEqualTo("2.1.0");
    }

    @Test
    void theConfiguredEngineMeetsTheTier4AggressiveThresholds() {
        GenerationResult result = engine.generate(Formats.spec535(), PatternData.from(GenerationFixtures
                .seededAnalysis()), GenerationFixtures.request(4, 100, Strategy.AGGRESSIVE, 7L), Degradation.none(),
                GenerationListener.none(), new GenerationControl());
        assertThat(result.status()).isEqualTo(GenerationStatus.SUCCESS);
        assertThat(result.tickets()).hasSize(100);
        // The pool of 9 hot numbers holds at most C(6, 2) = 15 tickets on one triplet: the other triplet_foundation
        // slots fall back to pattern_specific, and the distribution says so.
        assertThat(result.strategyDistribution()).containsEntry(TicketStrategy.CONSECUTIVE_ENHANCED, 0)
                .containsEntry(TicketStrategy.BALANCED_RANGE, 0);
        assertThat(result.strategyDistribution().get(TicketStrategy.TRIPLET_FOUNDATION)).isBetween(1, 25);
        assertThat(result.strategyDistribution().get(TicketStrategy.HOT_PAIR)).isBetween(1, 15);
    }

    @Test
    void theConfiguredConservativeSharesHoldOnTheWholeGame() {
        GenerationResult result = engine.generate(Formats.spec535(), PatternData.from(GenerationFixtures
                .seededAnalysis()), GenerationFixtures.request(4, 100, Strategy.CONSERVATIVE, 7L), Degradation.none(),
                GenerationListener.none(), new GenerationControl());
        assertThat(result.strategyDistribution()).containsEntry(TicketStrategy.PATTERN_SPECIFIC, 40)
                .containsEntry(TicketStrategy.BALANCED_RANGE, 30)
                .containsEntry(TicketStrategy.HOT_PAIR, 10)
                .containsEntry(TicketStrategy.TRIPLET_FOUNDATION, 10)
                .containsEntry(TicketStrategy.CONSECUTIVE_ENHANCED, 10);
    }
}
