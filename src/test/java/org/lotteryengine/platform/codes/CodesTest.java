package org.lotteryengine.platform.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lotteryengine.engine.format.PrizeKind;
import org.lotteryengine.engine.generation.GenerationStatus;
import org.lotteryengine.engine.generation.StoppingReason;
import org.lotteryengine.engine.generation.Strategy;
import org.lotteryengine.engine.generation.TicketStrategy;
import org.lotteryengine.engine.history.PatternGroup;

/**
 * The names the API and the database give the engine's constants: exactly those of spec 2.1 and the schema.
 */
class CodesTest {

    @Test
    void everyConstantHasTheSpecsName() {
        assertThat(names(Strategy.values())).containsExactly("conservative", "balanced", "aggressive");
        assertThat(names(TicketStrategy.values())).containsExactly("hot_pair", "triplet_foundation",
                "consecutive_enhanced", "pattern_specific", "balanced_range");
        assertThat(names(PatternGroup.values())).containsExactly("hot", "warm", "cold", "unknown");
        assertThat(names(PrizeKind.values())).containsExactly("fixed", "free_ticket", "pari_mutuel");
        assertThat(names(GenerationStatus.values())).containsExactly("success", "partial", "fallback", "failed");
        assertThat(names(StoppingReason.values())).containsExactly("pattern_thresholds", "quality_thresholds",
                "max_attempts", "timeout", "quality_stall", "user_override", "stored_design");
        assertThat(Codes.ofNullable(null)).isNull();
    }

    @Test
    void aNameReadsBackAsItsConstantAndNoOtherSpellingDoes() {
        for (TicketStrategy strategy : TicketStrategy.values()) {
            assertThat(Codes.parse(TicketStrategy.class, Codes.of(strategy))).isEqualTo(strategy);
        }
        assertThat(Codes.find(PrizeKind.class, "pari_mutuel")).contains(PrizeKind.PARI_MUTUEL);
        assertThat(Codes.find(PrizeKind.class, "PARI_MUTUEL")).isEmpty();
        assertThat(Codes.find(PrizeKind.class, "pari-mutuel")).isEmpty();
        assertThat(Codes.find(PrizeKind.class, null)).isEmpty();
        assertThatThrownBy(() -> Codes.parse(Strategy.class, "reckless")).isInstanceOf(
                IllegalArgumentException.class)
                .hasMessage("no Strategy is named 'reckless'");
    }

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants)
                .map(Codes::of)
                .toList();
    }
}
