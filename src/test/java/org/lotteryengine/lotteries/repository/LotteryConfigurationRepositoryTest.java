package org.lotteryengine.lotteries.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.lotteryengine.lotteries.repository.entity.LotteryConfigurationEntity;
import org.lotteryengine.lotteries.repository.entity.PrizeTierEmbeddable;

import io.quarkus.test.TestReactiveTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.UniAsserter;

/**
 * Each seeded game loads through its repository, by id and by name, with its prizes. Expected values are the facts of
 * ../shared/data/SOURCES.md and of the specification's 5/35 game.
 */
@QuarkusTest
class LotteryConfigurationRepositoryTest {

    @Inject
    LotteryConfigurationRepository repository;

    @Test
    @TestReactiveTransaction
    void theSpecificationsGameLoadsByIdAndByName(UniAsserter asserter) {
        asserter.assertThat(() -> repository.findByIdOrName("5-35"), found -> {
            LotteryConfigurationEntity game = found.orElseThrow();
            assertThat(game.name).isEqualTo("5/35");
            assertThat(game.numberMin).isEqualTo(1);
            assertThat(game.numberMax).isEqualTo(35);
            assertThat(game.drawSize).isEqualTo(5);
            assertThat(game.patternLength).isEqualTo(5);
            assertThat(game.patternRule).isEqualTo("tens-digit");
            assertThat(game.ticketPrice).isEqualByComparingTo("1.00");
            assertThat(game.currency).isEqualTo("USD");
            assertThat(prizes(game)).containsExactly("3 fixed 15.00", "4 fixed 500.00", "5 fixed 100000.00");
        });
        asserter.assertThat(() -> repository.findByIdOrName("5/35"),
                found -> assertThat(found.orElseThrow().id).isEqualTo("5-35"));
    }

    @Test
    @TestReactiveTransaction
    void texasCashFiveHasAFreeTicketForTwoMatches(UniAsserter asserter) {
        asserter.assertThat(() -> repository.findByIdOrName("tx-cash-five-5-35"), found -> {
            LotteryConfigurationEntity game = found.orElseThrow();
            assertThat(game.name).isEqualTo("Texas Cash Five 5/35");
            assertThat(game.numberMax).isEqualTo(35);
            assertThat(prizes(game)).containsExactly("2 free_ticket 1.00", "3 fixed 15.00", "4 fixed 350.00",
                    "5 fixed 25000.00");
        });
    }

    @Test
    @TestReactiveTransaction
    void texasCash5HasPariMutuelPrizesWithoutAmounts(UniAsserter asserter) {
        asserter.assertThat(() -> repository.findByIdOrName("Texas Cash 5 5/37"), found -> {
            LotteryConfigurationEntity game = found.orElseThrow();
            assertThat(game.id).isEqualTo("tx-cash-5-5-37");
            assertThat(game.numberMax).isEqualTo(37);
            assertThat(prizes(game)).containsExactly("2 fixed 2.00", "3 pari_mutuel null", "4 pari_mutuel null",
                    "5 pari_mutuel null");
        });
    }

    @Test
    @TestReactiveTransaction
    void unknownGamesAreAbsent(UniAsserter asserter) {
        asserter.assertThat(() -> repository.findByIdOrName("6/49"), found -> assertThat(found).isEmpty());
    }

    @Test
    @TestReactiveTransaction
    void listsEveryGameById(UniAsserter asserter) {
        // Other tests may add games; the seeded ones come in id order.
        asserter.assertThat(() -> repository.listOrdered(), all -> assertThat(all)
                .extracting(game -> game.id)
                .isSorted()
                .containsSubsequence("5-35", "tx-cash-5-5-37", "tx-cash-five-5-35"));
    }

    private static java.util.List<String> prizes(LotteryConfigurationEntity game) {
        return game.prizeTiers.stream()
                .map(LotteryConfigurationRepositoryTest::describe)
                .toList();
    }

    private static String describe(PrizeTierEmbeddable tier) {
        BigDecimal amount = tier.prizeAmount;
        return tier.matchCount + " " + tier.prizeType + " " + (amount == null ? "null" : amount.toPlainString());
    }
}
