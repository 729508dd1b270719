package org.lotteryengine.engine.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.Formats;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.generation.InvalidGenerationRequestException.Detail;

/**
 * The rules of spec 10.1 that the engine checks before running, each naming its field.
 */
class GenerationRequestValidationTest {

    private static final LotteryFormat FORMAT = Formats.spec535();
    private static final GenerationEngine ENGINE = GenerationFixtures.engine();

    private static InvalidGenerationRequestException invalid(GenerationRequest request) {
        return catchThrowableOfType(InvalidGenerationRequestException.class, () -> ENGINE.validate(FORMAT, request));
    }

    @Test
    void aTierWithoutPrizeIsRefused() {
        InvalidGenerationRequestException error = invalid(GenerationFixtures.request(2, 10, Strategy.BALANCED, 1L));
        assertThat(error.kind()).isEqualTo(InvalidGenerationRequestException.Kind.TIER);
        assertThat(error.getMessage()).isEqualTo("targetTier must be a prize tier of this game, tier3 to tier5, got tier2");
        assertThat(error.field()).isEqualTo(RequestField.TARGET_TIER);
        assertThat(error.details()).containsEntry(Detail.PROVIDED, "tier2")
                .containsEntry(Detail.ALLOWED, "tier3..tier5");
        assertThat(invalid(GenerationFixtures.request(6, 10, Strategy.BALANCED, 1L)).kind())
                .isEqualTo(InvalidGenerationRequestException.Kind.TIER);
    }

    @Test
    void ticketCountsOutsideOneToFiveHundredAreRefused() {
        for (int tickets : new int[] { 0, -1, 501 }) {
            InvalidGenerationRequestException error = invalid(GenerationFixtures.request(3, tickets, Strategy.BALANCED,
                    1L));
            assertThat(error.kind()).isEqualTo(InvalidGenerationRequestException.Kind.TICKET_COUNT);
            assertThat(error.getMessage()).isEqualTo("numberOfTickets must be between 1 and 500, got " + tickets);
            assertThat(error.field()).isEqualTo(RequestField.NUMBER_OF_TICKETS);
            assertThat(error.details()).containsEntry(Detail.PROVIDED, tickets)
                    .containsEntry(Detail.MINIMUM, 1)
                    .containsEntry(Detail.MAXIMUM, 500L);
        }
    }

    @Test
    void aMissingStrategyIsRefused() {
        InvalidGenerationRequestException error = invalid(GenerationFixtures.request(3, 10, null, 1L));
        assertThat(error.kind()).isEqualTo(InvalidGenerationRequestException.Kind.STRATEGY);
        assertThat(error.field()).isEqualTo(RequestField.STRATEGY);
    }

    @Test
    void aBudgetAboveTheLargestAllowedIsRefused() {
        // Found by BadInputFuzzTest: 1e308 used to reach the database and fail there. The service sets the largest
        // budget to what a session stores (SessionStore.MAXIMUM_BUDGET).
        InvalidGenerationRequestException error = invalid(new GenerationRequest(3, 100, Strategy.BALANCED,
                new BigDecimal("1e308"), null, null, null, 1L));
        assertThat(error.kind()).isEqualTo(InvalidGenerationRequestException.Kind.BUDGET);
        assertThat(error.getMessage()).isEqualTo("budget must be at most 99999999.99, got 1E+308");
        assertThat(error.field()).isEqualTo(RequestField.BUDGET);
        assertThat(error.details()).containsEntry(Detail.MAXIMUM, new BigDecimal("99999999.99"));
        ENGINE.validate(FORMAT, new GenerationRequest(3, 100, Strategy.BALANCED, new BigDecimal("99999999.99"), null,
                null, null, 1L));
    }

    @Test
    void aBudgetBelowTheCostSaysWhatItBuys() {
        GenerationRequest request = new GenerationRequest(3, 100, Strategy.BALANCED, new BigDecimal("49.50"), null,
                null, null, 1L);
        InvalidGenerationRequestException error = invalid(request);
        assertThat(error.kind()).isEqualTo(InvalidGenerationRequestException.Kind.BUDGET);
        assertThat(error.getMessage()).isEqualTo(
                "100 tickets at 1.00 cost 100.00, above the budget of 49.50; the budget buys 49");
        assertThat(error.field()).isEqualTo(RequestField.BUDGET);
        assertThat(error.details()).containsEntry(Detail.PROVIDED, new BigDecimal("49.50"))
                .containsEntry(Detail.COST, new BigDecimal("100.00"))
                .containsEntry(Detail.AFFORDABLE_TICKETS, 49L);
        // The exact cost is affordable.
        ENGINE.validate(FORMAT, new GenerationRequest(3, 100, Strategy.BALANCED, new BigDecimal("100"), null, null,
                null, 1L));
    }

    @Test
    void preferencesOutOfRangeAreRefused() {
        InvalidGenerationRequestException time = invalid(new GenerationRequest(3, 10, Strategy.BALANCED, null,
                120_001L, null, null, 1L));
        assertThat(time.kind()).isEqualTo(InvalidGenerationRequestException.Kind.PREFERENCES);
        assertThat(time.getMessage()).isEqualTo(
                "preferences.maxGenerationTime must be between 1 and 120000 ms, got 120001");
        InvalidGenerationRequestException quality = invalid(new GenerationRequest(3, 10, Strategy.BALANCED, null, null,
                1.5, null, 1L));
        assertThat(quality.getMessage()).isEqualTo("preferences.qualityThreshold must be between 0 and 1, got 1.5");
        assertThat(invalid(new GenerationRequest(3, 10, Strategy.BALANCED, null, null, Double.NaN, null, 1L)).kind())
                .isEqualTo(InvalidGenerationRequestException.Kind.PREFERENCES);
    }

    @Test
    void generateValidatesBeforeRunning() {
        assertThatThrownBy(() -> ENGINE.generate(FORMAT, GenerationEngineTest.DATA, GenerationFixtures.request(3, 0,
                Strategy.BALANCED, 1L), Degradation.none(), GenerationListener.none(), new GenerationControl()))
                .isInstanceOf(InvalidGenerationRequestException.class);
    }
}
