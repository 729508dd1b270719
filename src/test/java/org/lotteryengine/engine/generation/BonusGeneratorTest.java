package org.lotteryengine.engine.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.evaluation.BonusSetEvaluation;
import org.lotteryengine.engine.evaluation.BonusSetEvaluator;
import org.lotteryengine.engine.evaluation.BonusTicket;
import org.lotteryengine.engine.evaluation.BonusWinCounts;
import org.lotteryengine.engine.format.BonusGame;
import org.lotteryengine.engine.format.BonusGames;
import org.lotteryengine.engine.history.AnalysisSettings;
import org.lotteryengine.engine.history.BonusHistoryAnalysis;
import org.lotteryengine.engine.history.PatternGroup;
import org.lotteryengine.engine.pattern.TensDigitPattern;

/**
 * Generation for bonus games: every tier and strategy gives valid tickets on the quota plan's patterns, with figures
 * equal to an exact re-evaluation of the returned tickets (here on Powerball's tiers over a small drum, so that every
 * case runs in milliseconds; BonusGenerationResourceTest does every case of Powerball itself); the strategies'
 * objectives rank as they should on Powerball.
 */
class BonusGeneratorTest {

    /** 10 hot and 15 warm patterns; with no draws they are the largest classes. */
    private static final AnalysisSettings GROUPS = new AnalysisSettings(10, 15, 0.02, 5, 50, 10, 10, 10, 0.95, 2);
    /** The small drum has 6 patterns: 2 hot, 2 warm, and cold the rare one. */
    private static final AnalysisSettings SMALL_GROUPS = new AnalysisSettings(2, 2, 0.02, 5, 50, 10, 10, 10, 0.95,
            2);
    private static final BonusGame POWERBALL = BonusGames.powerball();
    private static final BonusGame SMALL_POWERBALL = BonusGames.smallPowerball();
    private static final BonusGenerator GENERATOR = new BonusGenerator(GenerationFixtures.specSettings(),
            System::nanoTime, GenerationFixtures.FIELDS);

    private static PatternData patterns(BonusGame game) {
        return PatternData.from(BonusHistoryAnalysis.of(game, List.of(), game.mainPoolSize() < 20 ? SMALL_GROUPS
                : GROUPS));
    }

    static Stream<Arguments> powerballTiersAndStrategies() {
        List<Arguments> cases = new ArrayList<>();
        for (int rank = 0; rank < SMALL_POWERBALL.tiers()
                .size(); rank++) {
            for (Strategy strategy : Strategy.values()) {
                cases.add(Arguments.of(SMALL_POWERBALL.tiers()
                        .get(rank)
                        .name(), strategy));
            }
        }
        return cases.stream();
    }

    /**
     * Under load (spec 10.3) a bonus game's generation is held to the level's ticket cap and its pattern thresholds are
     * relaxed as a k-of-n generation's are, and the result names the level.
     */
    @Test
    void aDegradedGenerationIsCappedAndItsThresholdsRelaxed() {
        BonusGame game = SMALL_POWERBALL;
        int rank = GENERATOR.rankOf(game, "tier3+0");
        PatternData patterns = patterns(game);
        BonusGenerationRequest request = new BonusGenerationRequest(rank, 30, Strategy.BALANCED, null, 3L);
        // Spec 10.3's emergency level, with spec 9.2's minimum thresholds lowered by 10% as well.
        Degradation emergency = new Degradation(0.5, 0.5, 0.8, 20, "emergency").withThresholdFactor(0.9);

        BonusGenerationResult normal = GENERATOR.generate(game, patterns, request, Interruption.NONE);
        BonusGenerationResult degraded = GENERATOR.generate(game, patterns, request, emergency, GenerationListener
                .none(), Interruption.NONE);

        assertThat(normal.tickets()).hasSize(30);
        assertThat(normal.degradationLevel()).isEqualTo("normal");
        assertThat(degraded.tickets()).hasSize(20);
        assertThat(degraded.degradationLevel()).isEqualTo("emergency");
        assertThat(degraded.evaluation()
                .tickets()).hasSize(20);
        ThresholdCheck hotNormal = threshold(normal, "hotPatternCoverage");
        ThresholdCheck hotDegraded = threshold(degraded, "hotPatternCoverage");
        assertThat(hotDegraded.required()).isCloseTo(hotNormal.required() * 0.9, within(1e-9));
    }

    /**
     * The status stream's events: the pattern targets first, each threshold the searched tickets meet, then a progress
     * event after each exact pass that measures a bonus placement, the last one with the kept set's exact objective.
     */
    @Test
    void theListenerHearsTheTargetsTheThresholdsMetAndEachExactPass() {
        int rank = GENERATOR.rankOf(SMALL_POWERBALL, "tier3+1");
        PatternData patterns = patterns(SMALL_POWERBALL);
        List<String> heard = new ArrayList<>();
        List<GenerationListener.Progress> progress = new ArrayList<>();
        GenerationListener listener = new GenerationListener() {
            @Override
            public void started(StoppingCriteria.PatternThresholds thresholds) {
                heard.add("started " + thresholds.hotCoverageMinimum());
            }

            @Override
            public void thresholdMet(ThresholdCheck threshold, long timeElapsedMs) {
                heard.add("met " + threshold.name());
            }

            @Override
            public void progress(Progress event) {
                heard.add("progress");
                progress.add(event);
            }
        };

        BonusGenerationResult result = GENERATOR.generate(SMALL_POWERBALL, patterns, new BonusGenerationRequest(rank,
                8, Strategy.CONSERVATIVE, null, 5L), Degradation.none(), listener, Interruption.NONE);

        List<String> met = result.thresholds()
                .stream()
                .filter(ThresholdCheck::met)
                .map(check -> "met " + check.name())
                .toList();
        assertThat(heard.get(0)).startsWith("started ");
        assertThat(heard.subList(1, 1 + met.size())).isEqualTo(met);
        assertThat(heard.subList(1 + met.size(), heard.size())).containsExactly("progress", "progress");
        assertThat(progress).allSatisfy(event -> assertThat(event.attempt()).isEqualTo(1));
        assertThat(progress.get(1)
                .objective()).isEqualTo(result.objective());
        assertThat(progress.get(1)
                .estimatedTimeRemainingMs()).isNotNegative();
        double hot = result.tickets()
                .stream()
                .filter(ticket -> ticket.group() == PatternGroup.HOT)
                .count() / 8.0;
        assertThat(progress.get(0)
                .patternCoverage()
                .get(PatternGroup.HOT)).isEqualTo(hot);
    }

    private static ThresholdCheck threshold(BonusGenerationResult result, String name) {
        return result.thresholds()
                .stream()
                .filter(check -> check.name()
                        .equals(name))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("powerballTiersAndStrategies")
    void everyTierAndStrategyGivesFiguresEqualToAnExactReevaluation(String tier, Strategy strategy) {
        BonusGame game = SMALL_POWERBALL;
        int rank = GENERATOR.rankOf(game, "tier" + tier);
        PatternData patterns = patterns(game);

        BonusGenerationResult result = GENERATOR.generate(game, patterns, new BonusGenerationRequest(rank, 8,
                strategy, null, 7L), Interruption.NONE);

        List<BonusTicket> tickets = result.tickets()
                .stream()
                .map(BonusGeneratedTicket::ticket)
                .toList();
        assertThat(tickets).hasSize(8)
                .doesNotHaveDuplicates();
        for (BonusGeneratedTicket ticket : result.tickets()) {
            // Valid numbers of the game, and the pattern and group reported are the ticket's own.
            assertThat(BonusTicket.of(game, 0, ticket.ticket()
                    .main(),
                    ticket.ticket()
                            .bonus()))
                    .isEqualTo(ticket.ticket());
            assertThat(ticket.pattern()).isEqualTo(TensDigitPattern.of(ticket.ticket()
                    .main()));
            assertThat(ticket.group()).isEqualTo(patterns.groupOf()
                    .get(ticket.pattern()));
        }
        BonusSetEvaluation again = BonusSetEvaluator.evaluate(game, tickets, Interruption.NONE);
        assertThat(result.evaluation()
                .drawsAtBestRank()).containsExactly(again.drawsAtBestRank());
        assertThat(result.evaluation()
                .payout()
                .drawsPerPayout()).containsExactly(again.payout()
                        .drawsPerPayout());
        BonusWinCounts wins = BonusSetEvaluator.winningTickets(game, tickets, rank, Interruption.NONE);
        assertThat(result.wins()
                .drawsWithWins()).containsExactly(wins.drawsWithWins());
        assertThat(result.objective()).isEqualTo(BonusGenerationResult.objective(strategy, wins));
        // The kept bonus placement is the better of the two measured.
        assertThat(result.objective()).isGreaterThanOrEqualTo(result.alternativeObjective());
        // P(at least one win at the tier or better) is the evaluation's coverage of that tier.
        assertThat(wins.drawsWithAtLeast(1)).isEqualTo(again.drawsWithWinAtLeast(rank));
        // The thresholds are measured on the tickets (2 hot patterns cannot hold 8 tickets 3 at most each: the
        // quotas keep the tickets hot, and the status says partial).
        long hot = result.tickets()
                .stream()
                .filter(ticket -> ticket.group() == PatternGroup.HOT)
                .count();
        long mostOfOnePattern = result.tickets()
                .stream()
                .collect(java.util.stream.Collectors.groupingBy(BonusGeneratedTicket::pattern,
                        java.util.stream.Collectors.counting()))
                .values()
                .stream()
                .mapToLong(Long::longValue)
                .max()
                .orElseThrow();
        assertThat(result.thresholds()
                .get(0)
                .achieved()).isEqualTo(hot / 8.0);
        assertThat(result.thresholds()
                .get(4)
                .achieved()).isEqualTo(mostOfOnePattern);
        assertThat(result.status()).isEqualTo(result.thresholds()
                .stream()
                .allMatch(ThresholdCheck::met) ? GenerationStatus.SUCCESS : GenerationStatus.PARTIAL);
    }

    @Test
    void spreadingBeatsRandomDistinctTicketsAndConcentratingGivesMoreDoubleWins() {
        int rank = GENERATOR.rankOf(POWERBALL, "3+0");
        PatternData patterns = patterns(POWERBALL);

        BonusGenerationResult conservative = GENERATOR.generate(POWERBALL, patterns, new BonusGenerationRequest(rank,
                40, Strategy.CONSERVATIVE, null, 11L), Interruption.NONE);
        BonusGenerationResult aggressive = GENERATOR.generate(POWERBALL, patterns, new BonusGenerationRequest(rank, 40,
                Strategy.AGGRESSIVE, null, 11L), Interruption.NONE);

        assertThat(conservative.wins()
                .atLeast(1)).isGreaterThan(conservative.evaluation()
                        .randomDistinctCoverage(rank));
        assertThat(conservative.thresholds()).allMatch(ThresholdCheck::met);
        assertThat(aggressive.thresholds()).allMatch(ThresholdCheck::met);
        assertThat(aggressive.wins()
                .atLeast(2)).isGreaterThan(conservative.wins()
                        .atLeast(2));
        // Expected wins are the same for every set: only their spread over the draws differs.
        assertThat(aggressive.evaluation()
                .payout()
                .expected()).isEqualByComparingTo(conservative.evaluation()
                        .payout()
                        .expected());
    }

    @Test
    void theSearchsPairWeightCountsTheDrawsBothTicketsWinAgainstBruteForce() {
        // Tickets {0..4} and {5 - s..9 - s} of 0..11 share s numbers; every 5 of 12 is a draw.
        for (int shared = 0; shared <= 5; shared++) {
            for (int matches = 1; matches <= 5; matches++) {
                long both = 0;
                for (int draw = 0; draw < 1 << 12; draw++) {
                    if (Integer.bitCount(draw) != 5) {
                        continue;
                    }
                    int first = 0b11111;
                    int second = 0b11111 << (5 - shared);
                    if (Integer.bitCount(draw & first) >= matches && Integer.bitCount(draw & second) >= matches) {
                        both++;
                    }
                }
                assertThat(BonusTicketSearch.jointDraws(12, 5, shared, matches)).as("s %d, j %d", shared, matches)
                        .isEqualTo(both);
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameTickets() {
        int rank = GENERATOR.rankOf(SMALL_POWERBALL, "4+1");
        BonusGenerationRequest request = new BonusGenerationRequest(rank, 6, Strategy.BALANCED, null, 5L);

        BonusGenerationResult first = GENERATOR.generate(SMALL_POWERBALL, patterns(SMALL_POWERBALL), request,
                Interruption.NONE);
        BonusGenerationResult second = GENERATOR.generate(SMALL_POWERBALL, patterns(SMALL_POWERBALL), request,
                Interruption.NONE);

        assertThat(second.tickets()).isEqualTo(first.tickets());
        assertThat(first.seed()).isEqualTo(5L);
    }

    @Test
    void everyKindOfBonusGameGeneratesOnItsOwnPatterns() {
        for (BonusGame game : List.of(BonusGames.euroMillions(), BonusGames.ukLotto())) {
            PatternData patterns = patterns(game);
            BonusGenerationResult result = GENERATOR.generate(game, patterns, new BonusGenerationRequest(2, 12,
                    Strategy.CONSERVATIVE, false, 3L), Interruption.NONE);

            Set<BonusTicket> distinct = new HashSet<>();
            for (BonusGeneratedTicket ticket : result.tickets()) {
                distinct.add(ticket.ticket());
                assertThat(ticket.group()).isNotEqualTo(PatternGroup.COLD);
                assertThat(ticket.ticket()
                        .bonus()).hasSize(game.ticketBonusSize());
            }
            assertThat(distinct).hasSize(12);
            assertThat(result.bonusMode() == null).isEqualTo(game.ticketBonusSize() == 0);
        }
    }

    @Test
    void tiersAreNamedByMainAndBonusMatches() {
        assertThat(GENERATOR.rankOf(POWERBALL, "tier5+1")).isZero();
        assertThat(GENERATOR.rankOf(POWERBALL, "5")).isEqualTo(1);
        assertThat(GENERATOR.rankOf(POWERBALL, "tier0+1")).isEqualTo(8);
        assertThatThrownBy(() -> GENERATOR.rankOf(POWERBALL, "tier2")).isInstanceOf(
                InvalidGenerationRequestException.class)
                .hasMessage("targetTier must be a prize tier of this game, main + bonus matches: 5+1, 5+0, 4+1, 4+0,"
                        + " 3+1, 3+0, 2+1, 1+1, 0+1; got tier2");
        assertThatThrownBy(() -> GENERATOR.validate(POWERBALL, new BonusGenerationRequest(0, 501, Strategy.BALANCED,
                null, null))).isInstanceOf(InvalidGenerationRequestException.class)
                .hasMessage("numberOfTickets must be between 1 and 500, got 501");
    }
}
