package org.lotteryengine.engine.generation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lotteryengine.engine.Formats;
import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.evaluation.TicketContribution;
import org.lotteryengine.engine.evaluation.TicketSet;
import org.lotteryengine.engine.evaluation.TicketSetEvaluation;
import org.lotteryengine.engine.evaluation.TicketSetEvaluator;
import org.lotteryengine.engine.evaluation.WheelGuarantee;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.pattern.TensDigitPattern;

/**
 * A stored design served under a relabelling: every figure the response shows is re-derived here from the returned
 * tickets alone, by exact evaluation over every draw, and must equal the stored one.
 */
class StoredDesignTest {

    private static final GenerationEngine ENGINE = GenerationFixtures.engine();
    private static final long SEARCH_SEED = 7L;

    static Stream<Arguments> gamesAndStrategies() {
        List<Arguments> cases = new ArrayList<>();
        for (LotteryFormat format : List.of(Formats.spec535(), Formats.texasCash5())) {
            PatternData data = PatternData.from(GenerationFixtures.seededAnalysis(format, 1200, 20261207L));
            for (Strategy strategy : Strategy.values()) {
                cases.add(Arguments.of(format, data, strategy));
            }
        }
        return cases.stream();
    }

    private static GenerationRequest request(Strategy strategy, long seed) {
        int tier = strategy == Strategy.AGGRESSIVE ? 4 : 3;
        // The searches end on their thresholds in well under a second; the limit is only a bound, generous so that a
        // loaded CI machine (a clean-clone run once took over 2 s for the first exact evaluation) cannot fail them.
        return new GenerationRequest(tier, 20, strategy, null, 15_000L, null, null, seed);
    }

    @ParameterizedTest
    @MethodSource("gamesAndStrategies")
    void aRelabelledDesignKeepsEveryReportedFigureExactly(LotteryFormat format, PatternData data, Strategy strategy) {
        GenerationResult searched = ENGINE.generate(format, data, request(strategy, SEARCH_SEED), Degradation.none(),
                GenerationListener.none(), new GenerationControl());
        TicketDesign design = TicketDesign.of(searched, strategy);

        GenerationResult served = ENGINE.serve(format, data, request(strategy, 99L), design, Degradation.none(),
                GenerationListener.none());

        assertThat(served.stoppingReason()).isEqualTo(StoppingReason.STORED_DESIGN);
        assertThat(served.attempts()).isZero();
        assertThat(served.qualityEvolution()).isEmpty();
        if (strategy != Strategy.AGGRESSIVE) {
            // The relabelling moved numbers: otherwise this test would check nothing. An aggressive set of 5/37 is
            // made of a few hot numbers, mostly anchors, and may have none that can move.
            assertThat(masks(served)).isNotEqualTo(masks(searched));
        }
        int tier = request(strategy, 0).targetTier();
        for (int i = 0; i < served.tickets()
                .size(); i++) {
            GeneratedTicket before = searched.tickets()
                    .get(i);
            GeneratedTicket after = served.tickets()
                    .get(i);
            assertThat(after.pattern()).isEqualTo(TensDigitPattern.ofMask(after.mask(), format.numberMin()))
                    .isEqualTo(before.pattern());
            assertThat(after.group()).isEqualTo(data.groupOf()
                    .get(after.pattern()))
                    .isEqualTo(before.group());
            assertThat(after.strategy()).isEqualTo(before.strategy());
            assertThat(after.mask() & after.anchor()).isEqualTo(after.anchor());
            switch (after.strategy()) {
                case HOT_PAIR -> assertThat(data.frequentPairs()).contains(after.anchor());
                case TRIPLET_FOUNDATION -> assertThat(data.provenTriplets()).contains(after.anchor());
                case CONSECUTIVE_ENHANCED -> assertThat(after.anchor()).isEqualTo(3L << Long.numberOfTrailingZeros(after
                        .anchor()));
                default -> {
                }
            }
        }
        assertThat(served.quality()
                .numberAnalysis()
                .hotNumberCoverage()).isEqualTo(searched.quality()
                        .numberAnalysis()
                        .hotNumberCoverage());

        long[] masks = masks(served);
        TicketSetEvaluation exact = TicketSetEvaluator.standard()
                .evaluate(TicketSet.ofMasks(format, masks), TicketSetEvaluator.lowestPrizedTier(format));
        TicketSetEvaluation shown = served.evaluation();
        assertThat(shown.drawsWithBestMatch()).containsExactly(exact.drawsWithBestMatch());
        assertThat(shown.guaranteedMatches()).isEqualTo(exact.guaranteedMatches());
        assertThat(shown.payout()
                .payoutsInCents()).containsExactly(exact.payout()
                        .payoutsInCents());
        assertThat(shown.payout()
                .drawsPerPayout()).containsExactly(exact.payout()
                        .drawsPerPayout());
        long[] atLeastOneAndTwo = winsAtLeastOneAndTwo(format, masks, tier);
        QualityMetrics.Coverage coverage = served.quality()
                .coverage();
        assertThat(coverage.atLeastOneWin()).isEqualTo((double) atLeastOneAndTwo[0] / format.totalDraws());
        assertThat(coverage.atLeastTwoWins()).isEqualTo((double) atLeastOneAndTwo[1] / format.totalDraws());
        assertThat(served.ticketShares()).containsExactlyElementsOf(Arrays.stream(TicketContribution.uniqueShares(
                format, masks, tier))
                .boxed()
                .toList());
        if (served.pool() != 0) {
            assertThat(served.wheelGuarantees()).containsExactlyElementsOf(Arrays.stream(WheelGuarantee.guarantees(
                    served.pool(), masks, format.drawSize()))
                    .boxed()
                    .toList());
            for (long mask : masks) {
                assertThat(mask & ~served.pool()).isZero();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("gamesAndStrategies")
    void theSeedThatFoundTheDesignGetsItUnchangedAndAnyOtherSeedRepeats(LotteryFormat format, PatternData data,
            Strategy strategy) {
        GenerationResult searched = ENGINE.generate(format, data, request(strategy, SEARCH_SEED), Degradation.none(),
                GenerationListener.none(), new GenerationControl());
        TicketDesign design = TicketDesign.of(searched, strategy);

        GenerationResult same = ENGINE.serve(format, data, request(strategy, SEARCH_SEED), design, Degradation.none(),
                GenerationListener.none());
        GenerationResult other = ENGINE.serve(format, data, request(strategy, 5L), design, Degradation.none(),
                GenerationListener.none());
        GenerationResult otherAgain = ENGINE.serve(format, data, request(strategy, 5L), design, Degradation.none(),
                GenerationListener.none());

        assertThat(same.tickets()).isEqualTo(searched.tickets());
        assertThat(same.quality()).isEqualTo(searched.quality());
        assertThat(same.status()).isEqualTo(searched.status());
        assertThat(otherAgain.tickets()).isEqualTo(other.tickets());
    }

    @ParameterizedTest
    @MethodSource("gamesAndStrategies")
    void aContinuedSearchNeverReturnsLessThanTheDesignItStartedFrom(LotteryFormat format, PatternData data,
            Strategy strategy) {
        GenerationResult searched = ENGINE.generate(format, data, request(strategy, SEARCH_SEED), Degradation.none(),
                GenerationListener.none(), new GenerationControl());
        TicketDesign design = TicketDesign.of(searched, strategy);
        GenerationRequest longer = new GenerationRequest(request(strategy, 0).targetTier(), 20, strategy, null, 400L,
                null, null, 8L);

        GenerationResult improved = ENGINE.improve(format, data, longer, design, new GenerationControl());

        // It ends on its time, or earlier when no set can do better (the objective's bound).
        assertThat(improved.stoppingReason()).isIn(StoppingReason.TIMEOUT, StoppingReason.PATTERN_THRESHOLDS,
                StoppingReason.QUALITY_THRESHOLDS);
        assertThat(TicketDesign.of(improved, strategy)
                .objective()).isGreaterThanOrEqualTo(design.objective());
        assertThat(improved.tickets()).hasSize(20);
        for (int i = 0; i < 20; i++) {
            assertThat(improved.tickets()
                    .get(i)
                    .pattern()).isEqualTo(TensDigitPattern.ofMask(
                            improved.tickets()
                                    .get(i)
                                    .mask(),
                            format.numberMin()));
        }
    }

    @Test
    void aCancelledContinuationReturnsTheBestSetSoFar() {
        LotteryFormat format = Formats.spec535();
        PatternData data = PatternData.from(GenerationFixtures.seededAnalysis());
        GenerationResult searched = ENGINE.generate(format, data, request(Strategy.CONSERVATIVE, SEARCH_SEED),
                Degradation.none(), GenerationListener.none(), new GenerationControl());
        GenerationControl control = new GenerationControl();
        control.cancel();

        GenerationResult improved = ENGINE.improve(format, data, new GenerationRequest(3, 20, Strategy.CONSERVATIVE,
                null, 60_000L, null, null, 8L), TicketDesign.of(searched, Strategy.CONSERVATIVE), control);

        assertThat(improved.stoppingReason()).isEqualTo(StoppingReason.USER_OVERRIDE);
        assertThat(improved.tickets()).isEqualTo(searched.tickets());
    }

    @Test
    void theKeyOfADesignHoldsWhatMakesItValidAndNothingElse() {
        LotteryFormat format = Formats.spec535();
        PatternData data = PatternData.from(GenerationFixtures.seededAnalysis());
        DesignKey key = DesignKey.of(format, data, new GenerationRequest(3, 50, Strategy.BALANCED, null, null, null,
                null, 1L), 50, "2.1.0");

        assertThat(DesignKey.of(format, data, new GenerationRequest(3, 50, Strategy.BALANCED, new java.math.BigDecimal(
                "80"), 900L, 0.5, null, 2L), 50, "2.1.0")
                .id()).isEqualTo(key.id());
        assertThat(DesignKey.of(format, data, new GenerationRequest(3, 50, Strategy.BALANCED, null, null, null, false,
                1L), 50, "2.1.0")
                .id()).isNotEqualTo(key.id());
        assertThat(DesignKey.of(Formats.texasCashFive(), data, new GenerationRequest(3, 50, Strategy.BALANCED, null,
                null, null, null, 1L), 50, "2.1.0")
                .id()).isNotEqualTo(key.id());
        assertThat(DesignKey.of(format, data, new GenerationRequest(3, 50, Strategy.BALANCED, null, null, null, null,
                1L), 49, "2.1.0")
                .id()).isNotEqualTo(key.id());
        assertThat(key.game()).isEqualTo("5 of 1..35");
        assertThat(key.coldPatterns()).isEqualTo("tier");
    }

    @Test
    void aStoredEvaluationIsRestoredOnlyWhenItsFiguresCountEveryDrawOnce() {
        LotteryFormat format = Formats.spec535();
        TicketSet set = TicketSet.ofMasks(format, format.maskOf(1, 2, 3, 4, 5), format.maskOf(6, 7, 8, 9, 10));
        TicketSetEvaluation exact = TicketSetEvaluator.standard()
                .evaluate(set);

        TicketSetEvaluation restored = TicketSetEvaluation.restore(set, exact.lowestTier(), exact.drawsWithBestMatch(),
                exact.guaranteedMatches(), exact.payout()
                        .payoutsInCents(),
                exact.payout()
                        .drawsPerPayout());
        long[] wrong = exact.drawsWithBestMatch();
        wrong[3]++;

        assertThat(restored.coverage(3)).isEqualTo(exact.coverage(3));
        assertThat(restored.payout()
                .expected()).isEqualTo(exact.payout()
                        .expected());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TicketSetEvaluation.restore(set, exact.lowestTier(),
                wrong, exact.guaranteedMatches(), exact.payout()
                        .payoutsInCents(),
                exact.payout()
                        .drawsPerPayout()))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> exact.relabelled(TicketSet.ofMasks(format, format
                .maskOf(1, 2, 3, 4, 5))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theIdentityMovesNothingAndARelabellingIsABijection() {
        LotteryFormat format = Formats.spec535();
        assertThat(Relabelling.identity(format)
                .isIdentity()).isTrue();
        long hot = org.lotteryengine.engine.combinatorics.CombinationMasks.toMask(2, 6, 11, 13, 14, 32);
        Relabelling random = Relabelling.random(format, hot, format.maskOf(12, 13, 14, 15, 16),
                new java.util.SplittableRandom(4));
        long all = org.lotteryengine.engine.combinatorics.CombinationMasks.pool(35);
        assertThat(random.apply(all)).isEqualTo(all);
        assertThat(random.apply(format.maskOf(12, 13, 14, 15, 16))).isEqualTo(format.maskOf(12, 13, 14, 15, 16));
        // Hot numbers stay hot: 3, 7, 33 (elements 2, 6, 32) map among the hot numbers of their decade.
        assertThat(random.apply(org.lotteryengine.engine.combinatorics.CombinationMasks.toMask(2, 6, 32)) & ~hot)
                .isZero();
        assertThat(random.isIdentity()).isFalse();
    }

    /** Draws on which at least one, and at least two, tickets match {@code tier} numbers or more: by enumeration. */
    private static long[] winsAtLeastOneAndTwo(LotteryFormat format, long[] masks, int tier) {
        long one = 0;
        long two = 0;
        long draw = CombinationMasks.first(format.drawSize());
        for (long d = 0; d < format.totalDraws(); d++, draw = CombinationMasks.next(draw)) {
            int winning = 0;
            for (long ticket : masks) {
                if (Long.bitCount(ticket & draw) >= tier) {
                    winning++;
                }
            }
            one += winning >= 1 ? 1 : 0;
            two += winning >= 2 ? 1 : 0;
        }
        return new long[] { one, two };
    }

    private static long[] masks(GenerationResult result) {
        return result.tickets()
                .stream()
                .mapToLong(GeneratedTicket::mask)
                .toArray();
    }
}
