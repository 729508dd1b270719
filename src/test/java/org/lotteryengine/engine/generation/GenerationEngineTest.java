package org.lotteryengine.engine.generation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lotteryengine.engine.Formats;
import org.lotteryengine.engine.evaluation.TicketSetEvaluator;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.history.PatternGroup;
import org.lotteryengine.engine.pattern.TensDigitPattern;

/**
 * The attempt loop of spec 4.1 on the spec's 5/35 game, with pattern data from a seeded history.
 */
class GenerationEngineTest {

    static final LotteryFormat FORMAT = Formats.spec535();
    static final PatternData DATA = PatternData.from(GenerationFixtures.seededAnalysis());
    /** A clock that never moves: runs end on attempts, convergence or stall, so that they repeat exactly. */
    static final GenerationEngine TIMELESS = new GenerationEngine(GenerationFixtures.specSettings(),
            TicketSetEvaluator.standard(), () -> 0L, GenerationFixtures.FIELDS);
    private static final Set<StoppingReason> REASONS = EnumSet.allOf(StoppingReason.class);

    static GenerationResult run(GenerationEngine engine, GenerationRequest request) {
        return engine.generate(FORMAT, DATA, request, Degradation.none(), GenerationListener.none(),
                new GenerationControl());
    }

    @Test
    void spec12_2Tier4AggressiveHundredTicketsMeetsItsPatternTargets() {
        GenerationResult result = run(TIMELESS, GenerationFixtures.request(4, 100, Strategy.AGGRESSIVE, 12L));

        assertThat(result.status()).isEqualTo(GenerationStatus.SUCCESS);
        QualityMetrics.PatternGrouping grouping = result.quality().patternGrouping();
        assertThat(grouping.hotPatternCoverage()).isGreaterThanOrEqualTo(0.85);
        assertThat(grouping.coldPatternCoverage()).isLessThanOrEqualTo(0.03);
        assertThat(result.quality().overall().optimizationScore()).isGreaterThanOrEqualTo(0.60);
        // The aggressive criteria: 0.85 × hot_pattern_bonus 1.1, and 0.50 × concentration_limit 1.2 of 100 tickets.
        assertThat(result.criteria().patternGrouping().hotCoverageMinimum()).isEqualTo(0.85 * 1.1);
        assertThat(result.criteria().patternGrouping().maximumSinglePatternCount()).isEqualTo(60);
        assertThat(grouping.patternDiversity().maxSinglePatternUsage()).isLessThanOrEqualTo(60);
        assertThat(grouping.patternDiversity().uniqueHotPatterns()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void spec12_2Tier3BalancedFiftyTicketsHoldsEveryThresholdWhenSuccessful() {
        GenerationResult result = run(TIMELESS, GenerationFixtures.request(3, 50, Strategy.BALANCED, 3L));

        assertThat(result.status()).isEqualTo(GenerationStatus.SUCCESS);
        assertThat(result.thresholds()).extracting(ThresholdCheck::name)
                .containsExactlyInAnyOrder("hotPatternCoverage", "warmPatternLimit", "coldPatternAllowance",
                        "minimumUniqueHot", "maximumSinglePattern", "patternEfficiency", "optimizationScore",
                        "hotNumberCoverage", "diversityBalanceMinimum", "diversityBalanceMaximum");
        assertThat(result.thresholds()).allMatch(ThresholdCheck::met);
        // Each check reads the metric it names.
        QualityMetrics quality = result.quality();
        assertThat(check(result, "hotPatternCoverage").achieved()).isEqualTo(quality.patternGrouping()
                .hotPatternCoverage());
        assertThat(check(result, "coldPatternAllowance").achieved()).isEqualTo(quality.patternGrouping()
                .coldPatternCoverage());
        assertThat(check(result, "optimizationScore").achieved()).isEqualTo(quality.overall().optimizationScore());
        assertThat(check(result, "hotNumberCoverage").achieved()).isEqualTo(quality.numberAnalysis()
                .hotNumberCoverage());
        assertThat(check(result, "hotPatternCoverage").required()).isEqualTo(0.70);
        assertThat(quality.overall().passedAllThresholds()).isTrue();
    }

    private static ThresholdCheck check(GenerationResult result, String name) {
        return result.thresholds().stream().filter(check -> check.name().equals(name)).findFirst().orElseThrow();
    }

    static Stream<Arguments> everyTierStrategyAndSize() {
        List<Arguments> cases = new ArrayList<>();
        for (int tier = 3; tier <= 5; tier++) {
            for (Strategy strategy : Strategy.values()) {
                for (int tickets : new int[] { 1, 10, 100, 500 }) {
                    cases.add(Arguments.of(tier, strategy, tickets));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "tier{0} {1} N={2}")
    @MethodSource("everyTierStrategyAndSize")
    void everyTierStrategyAndSizeGivesAValidReproducibleSet(int tier, Strategy strategy, int tickets) {
        GenerationRequest request = GenerationFixtures.request(tier, tickets, strategy, 1000L * tier + tickets);
        GenerationResult result = run(TIMELESS, request);

        assertThat(result.status()).isIn(GenerationStatus.SUCCESS, GenerationStatus.PARTIAL, GenerationStatus.FALLBACK);
        assertThat(result.stoppingReason()).isIn(REASONS);
        assertThat(result.tickets()).hasSize(tickets);
        Set<Long> distinct = new HashSet<>();
        long all = (1L << FORMAT.poolSize()) - 1;
        for (GeneratedTicket ticket : result.tickets()) {
            assertThat(distinct.add(ticket.mask())).as("distinct").isTrue();
            assertThat(Long.bitCount(ticket.mask())).isEqualTo(5);
            assertThat(ticket.mask() & ~all).as("numbers 1..35").isZero();
            assertThat(ticket.pattern()).isEqualTo(TensDigitPattern.ofMask(ticket.mask(), FORMAT.numberMin()));
            assertThat(ticket.group()).isEqualTo(DATA.groupOf().getOrDefault(ticket.pattern(), PatternGroup.UNKNOWN));
            assertThat(ticket.anchor() & ~ticket.mask()).as("the anchor is on the ticket").isZero();
            if (strategy == Strategy.AGGRESSIVE) {
                assertThat(ticket.mask() & ~result.pool()).as("aggressive tickets stay in the pool").isZero();
            }
        }
        assertThat(result.strategyDistribution().values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(tickets);
        assertMetricsInRange(result.quality());
        assertEvolution(result, strategy);
        if (result.status() == GenerationStatus.SUCCESS) {
            assertThat(result.thresholds()).allMatch(ThresholdCheck::met);
            assertThat(result.failure()).isNull();
        }
        // The cold allowance is a constraint of the quotas: never exceeded.
        assertThat(result.quality().patternGrouping().coldPatternCoverage())
                .isLessThanOrEqualTo(result.criteria().patternGrouping().coldCoverageMaximum() + 1e-12);

        GenerationResult again = run(TIMELESS, request);
        assertThat(again.tickets()).isEqualTo(result.tickets());
        assertThat(again.qualityEvolution()).isEqualTo(result.qualityEvolution());
    }

    private static void assertMetricsInRange(QualityMetrics quality) {
        QualityMetrics.PatternGrouping grouping = quality.patternGrouping();
        QualityMetrics.NumberAnalysis numbers = quality.numberAnalysis();
        QualityMetrics.Coverage coverage = quality.coverage();
        for (double share : new double[] { quality.overall().optimizationScore(), grouping.hotPatternCoverage(),
                grouping.warmPatternCoverage(), grouping.coldPatternCoverage(), grouping.unknownPatternCoverage(),
                grouping.patternEfficiency(), grouping.patternDiversity().diversityScore(), numbers.hotNumberCoverage(),
                numbers.consecutiveNumberRate(), numbers.provenCombinationUsage().frequentPairs(),
                numbers.provenCombinationUsage().provenTriplets(),
                numbers.provenCombinationUsage().overlappingPatterns(), quality.diversity().coverageRatio(),
                coverage.atLeastOneWin(), coverage.atLeastTwoWins(), coverage.randomDistinctAtLeastOne(),
                coverage.randomQuickPicksAtLeastOne() }) {
            assertThat(share).isBetween(0.0, 1.0);
        }
        assertThat(grouping.hotPatternCoverage() + grouping.warmPatternCoverage() + grouping.coldPatternCoverage()
                + grouping.unknownPatternCoverage()).isCloseTo(1.0, within(1e-12));
        assertThat(quality.overall().qualityGrade()).isEqualTo(QualityMetrics.grade(quality.overall()
                .optimizationScore()));
        assertThat(quality.diversity().averageOverlap()).isBetween(0.0, 5.0);
        assertThat(coverage.atLeastTwoWins()).isLessThanOrEqualTo(coverage.atLeastOneWin());
    }

    private static void assertEvolution(GenerationResult result, Strategy strategy) {
        List<GenerationResult.Evolution> evolution = result.qualityEvolution();
        assertThat(evolution).hasSize(result.attempts());
        for (int i = 0; i < evolution.size(); i++) {
            assertThat(evolution.get(i).attempt()).isEqualTo(i + 1);
            if (i > 0) {
                assertThat(evolution.get(i).objective()).isGreaterThanOrEqualTo(evolution.get(i - 1).objective());
            }
        }
        QualityMetrics.Coverage coverage = result.quality().coverage();
        double objective = switch (strategy) {
            case CONSERVATIVE -> coverage.atLeastOneWin();
            case AGGRESSIVE -> coverage.atLeastTwoWins();
            case BALANCED -> (coverage.atLeastOneWin() + coverage.atLeastTwoWins()) / 2;
        };
        GenerationResult.Evolution last = evolution.get(evolution.size() - 1);
        assertThat(last.objective()).isCloseTo(objective, within(1e-12));
        assertThat(last.qualityScore()).isEqualTo(result.quality().overall().optimizationScore());
    }

    /** A listener that moves a test clock forward by {@code stepNanos} with every attempt's progress. */
    private static GenerationListener advancing(AtomicLong nanos, long stepNanos) {
        return new GenerationListener() {
            @Override
            public void progress(Progress progress) {
                nanos.addAndGet(stepNanos);
            }
        };
    }

    @Test
    void anImpossibleRequestFallsBackOnTimeoutWithSuggestions() {
        AtomicLong nanos = new AtomicLong();
        // Every attempt takes 5 ms: 50 ms pass after ten attempts.
        GenerationEngine engine = new GenerationEngine(GenerationFixtures.specSettings(), TicketSetEvaluator
                .standard(), nanos::get, GenerationFixtures.FIELDS);
        GenerationRequest request = new GenerationRequest(3, 50, Strategy.CONSERVATIVE, null, 50L, 0.99, null, 5L);

        GenerationResult result = engine.generate(FORMAT, DATA, request, Degradation.none(), advancing(nanos,
                5_000_000), new GenerationControl());

        assertThat(result.status()).isEqualTo(GenerationStatus.FALLBACK);
        assertThat(result.stoppingReason()).isEqualTo(StoppingReason.TIMEOUT);
        assertThat(result.timeElapsedMs()).isBetween(50L, 60L);
        assertThat(result.tickets()).hasSize(50);
        GenerationResult.Failure failure = result.failure();
        assertThat(failure.attempts()).isEqualTo(result.attempts());
        assertThat(failure.timeElapsedMs()).isEqualTo(result.timeElapsedMs());
        assertThat(failure.requiredQuality()).isEqualTo(0.99);
        assertThat(failure.bestQuality()).isEqualTo(result.quality().overall().optimizationScore()).isLessThan(0.99);
        assertThat(failure.failedThresholds()).contains("optimizationScore");
        double best = failure.bestQuality();
        assertThat(failure.suggestions()).contains(String.format(java.util.Locale.ROOT,
                "Lower preferences.qualityThreshold to %.2f or less: the best set scored %.4f.", Math.floor(best * 100)
                        / 100,
                best))
                .contains("Raise preferences.maxGenerationTime to %d ms (at most 120000 ms); this run had 50 ms."
                        .formatted(Math.max(100, 2 * result.timeElapsedMs())));
    }

    @Test
    void aGameLargerThanTheEvaluatorMayHoldFailsWithWhatToChange() {
        GenerationEngine small = new GenerationEngine(GenerationFixtures.specSettings(), TicketSetEvaluator
                .withMaxDraws(100_000), () -> 0L, GenerationFixtures.FIELDS);
        List<GenerationResult> completed = new ArrayList<>();
        GenerationListener listener = new GenerationListener() {
            @Override
            public void complete(GenerationResult result) {
                completed.add(result);
            }
        };
        GenerationResult result = small.generate(FORMAT, DATA, GenerationFixtures.request(3, 10,
                Strategy.CONSERVATIVE, 1L), Degradation.none(), listener, new GenerationControl());

        assertThat(result.status()).isEqualTo(GenerationStatus.FAILED);
        assertThat(result.stoppingReason()).isNull();
        assertThat(result.tickets()).isEmpty();
        assertThat(result.evaluation()).isNull();
        assertThat(result.failure().message()).isEqualTo(
                "this game has 324,632 possible draws, more than the 100,000 the exact evaluator may hold");
        assertThat(result.failure().suggestions()).containsExactly(
                "Ask the operator to raise lottery.engine.max-evaluated-draws (4 bytes of memory per draw).");
        assertThat(result.failure().requiredQuality()).isEqualTo(0.65);
        assertThat(completed).containsExactly(result);
    }

    @Test
    void cancellingStopsAfterTheCurrentAttemptWithUserOverride() {
        GenerationControl control = new GenerationControl();
        List<Integer> attempts = new ArrayList<>();
        GenerationListener listener = new GenerationListener() {
            @Override
            public void progress(Progress progress) {
                attempts.add(progress.attempt());
                if (progress.attempt() == 3) {
                    control.cancel();
                }
            }
        };
        GenerationResult result = TIMELESS.generate(FORMAT, DATA, GenerationFixtures.request(3, 50,
                Strategy.CONSERVATIVE, 9L), Degradation.none(), listener, control);

        assertThat(result.stoppingReason()).isEqualTo(StoppingReason.USER_OVERRIDE);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(attempts).containsExactly(1, 2, 3);
        assertThat(result.tickets()).hasSize(50);
    }

    @Test
    void aCancellationEndsTheAttemptInWhichItArrives() {
        // One attempt of a million moves would take seconds, and the clock is read every 8 moves: a cancellation
        // seen only between attempts would show as 125,000 readings.
        GenerationControl control = new GenerationControl();
        AtomicLong readings = new AtomicLong();
        AtomicLong afterFirstAttempt = new AtomicLong(-1);
        GenerationEngine engine = new GenerationEngine(GenerationFixtures.settingsWithTier3MovesPerAttempt(
                1_000_000), TicketSetEvaluator.standard(), () -> {
                    long reading = readings.incrementAndGet();
                    if (afterFirstAttempt.get() >= 0 && reading == afterFirstAttempt.get() + 50) {
                        control.cancel();
                    }
                    return 0L;
                }, GenerationFixtures.FIELDS);
        GenerationListener listener = new GenerationListener() {
            @Override
            public void progress(Progress progress) {
                afterFirstAttempt.compareAndSet(-1, readings.get());
            }
        };

        GenerationResult result = engine.generate(FORMAT, DATA, GenerationFixtures.request(3, 50,
                Strategy.CONSERVATIVE, 9L), Degradation.none(), listener, control);

        assertThat(result.stoppingReason()).isEqualTo(StoppingReason.USER_OVERRIDE);
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(result.tickets()).hasSize(50);
        assertThat(readings.get()).isLessThan(1_000);
    }

    @Test
    void theTimeLimitEndsTheAttemptInWhichItPassesAndLeavesTimeForTheEvaluation() {
        // Every reading of the clock is 0.1 ms later; a million moves per attempt would read it 125,000 times.
        AtomicLong nanos = new AtomicLong();
        AtomicLong readings = new AtomicLong();
        GenerationEngine engine = new GenerationEngine(GenerationFixtures.settingsWithTier3MovesPerAttempt(
                1_000_000), TicketSetEvaluator.standard(), () -> {
                    readings.incrementAndGet();
                    return nanos.addAndGet(100_000);
                }, GenerationFixtures.FIELDS);
        // 50 tickets cannot reach the objective's bound, so only the time limit ends this run.
        GenerationRequest request = new GenerationRequest(3, 50, Strategy.CONSERVATIVE, null, 50L, null, null, 3L);

        GenerationResult result = run(engine, request);

        assertThat(result.stoppingReason()).isEqualTo(StoppingReason.TIMEOUT);
        assertThat(result.tickets()).hasSize(50);
        assertThat(result.evaluation()).isNotNull();
        // Attempts ran, then stopped early enough that the evaluation ended within the limit and its grace.
        assertThat(result.attempts()).isGreaterThan(1);
        assertThat(result.timeElapsedMs()).isBetween(1L, 50L + GenerationRun.HARD_LIMIT_GRACE_MS);
        assertThat(readings.get()).isLessThan(1_000);
    }

    @Test
    void aRunWhoseTimeLimitPassesBeforeItsSetIsEvaluatedReturnsNoSet() {
        // The clock jumps a second at its second reading: the 50 ms limit is long past before any set exists.
        AtomicLong readings = new AtomicLong();
        GenerationEngine engine = new GenerationEngine(GenerationFixtures.specSettings(), TicketSetEvaluator
                .standard(), () -> readings.incrementAndGet() == 1 ? 0L : 1_000_000_000L, GenerationFixtures.FIELDS);
        GenerationRequest request = new GenerationRequest(3, 50, Strategy.CONSERVATIVE, null, 50L, null, null, 3L);

        GenerationResult result = run(engine, request);

        assertThat(result.status()).isEqualTo(GenerationStatus.FAILED);
        assertThat(result.stoppingReason()).isEqualTo(StoppingReason.TIMEOUT);
        assertThat(result.tickets()).isEmpty();
        assertThat(result.evaluation()).isNull();
        assertThat(result.failure()
                .message()).isEqualTo("the time limit of 50 ms passed before a set could be evaluated exactly");
        assertThat(result.failure()
                .suggestions()).first()
                .isEqualTo("Raise preferences.maxGenerationTime to 200 ms (at most 120000 ms); this run had 50 ms.");
    }

    @Test
    void anAbandonedRunStopsWithoutASet() {
        GenerationControl control = new GenerationControl();
        List<GenerationResult> completed = new ArrayList<>();
        GenerationListener listener = new GenerationListener() {
            @Override
            public void started(StoppingCriteria criteria) {
                control.abandon();
            }

            @Override
            public void complete(GenerationResult result) {
                completed.add(result);
            }
        };
        GenerationResult result = TIMELESS.generate(FORMAT, DATA, GenerationFixtures.request(3, 50,
                Strategy.CONSERVATIVE, 9L), Degradation.none(), listener, control);

        assertThat(result.status()).isEqualTo(GenerationStatus.FAILED);
        assertThat(result.stoppingReason()).isEqualTo(StoppingReason.USER_OVERRIDE);
        assertThat(result.tickets()).isEmpty();
        assertThat(result.failure()
                .message()).isEqualTo("the generation was abandoned");
        assertThat(completed).containsExactly(result);
    }

    @Test
    void anExtensionMovesTheDeadlineWithinTheConfiguredMaximum() {
        AtomicLong nanos = new AtomicLong();
        GenerationEngine engine = new GenerationEngine(GenerationFixtures.specSettings(), TicketSetEvaluator
                .standard(), nanos::get, GenerationFixtures.FIELDS);
        GenerationControl control = new GenerationControl();
        control.extend(30);
        GenerationRequest request = new GenerationRequest(5, 50, Strategy.AGGRESSIVE, null, 20L, 0.99, null, 4L);
        GenerationResult extended = engine.generate(FORMAT, DATA, request, Degradation.none(), advancing(nanos,
                5_000_000), control);
        assertThat(extended.stoppingReason()).isEqualTo(StoppingReason.TIMEOUT);
        // Past the original 20 ms, and within the extended 50 ms less the time kept for the final evaluation.
        assertThat(extended.timeElapsedMs()).isBetween(25L, 50L + GenerationRun.HARD_LIMIT_GRACE_MS);

        // An extension beyond lottery.generation.max-timeout-ms (120 s) stops there.
        AtomicLong slow = new AtomicLong();
        GenerationEngine slowClock = new GenerationEngine(GenerationFixtures.specSettings(), TicketSetEvaluator
                .standard(), slow::get, GenerationFixtures.FIELDS);
        GenerationControl generous = new GenerationControl();
        generous.extend(10_000_000L);
        GenerationResult capped = slowClock.generate(FORMAT, DATA, request, Degradation.none(), advancing(slow,
                10_000_000_000L), generous);
        assertThat(capped.stoppingReason()).isEqualTo(StoppingReason.TIMEOUT);
        assertThat(capped.timeElapsedMs()).isBetween(120_000L, 160_000L);
    }

    @Test
    void theListenerHearsProgressEachThresholdOnceAndTheEnd() {
        List<GenerationListener.Progress> progress = new ArrayList<>();
        List<String> met = new ArrayList<>();
        List<GenerationResult> complete = new ArrayList<>();
        List<StoppingCriteria> started = new ArrayList<>();
        GenerationListener listener = new GenerationListener() {
            @Override
            public void started(StoppingCriteria criteria) {
                assertThat(progress).isEmpty();
                started.add(criteria);
            }

            @Override
            public void progress(Progress event) {
                progress.add(event);
            }

            @Override
            public void thresholdMet(ThresholdCheck threshold, long timeElapsedMs) {
                assertThat(threshold.met()).isTrue();
                met.add(threshold.name());
            }

            @Override
            public void complete(GenerationResult result) {
                complete.add(result);
            }
        };
        GenerationResult result = TIMELESS.generate(FORMAT, DATA, GenerationFixtures.request(4, 100,
                Strategy.BALANCED, 2L), Degradation.none(), listener, new GenerationControl());

        assertThat(progress).hasSize(result.attempts());
        assertThat(progress).extracting(GenerationListener.Progress::attempt)
                .isEqualTo(result.qualityEvolution().stream().map(GenerationResult.Evolution::attempt).toList());
        assertThat(progress.get(0).patternCoverage()).containsOnlyKeys(PatternGroup.HOT, PatternGroup.WARM,
                PatternGroup.COLD);
        assertThat(met).doesNotHaveDuplicates()
                .containsAll(result.thresholds().stream().filter(ThresholdCheck::met).map(ThresholdCheck::name)
                        .toList());
        assertThat(complete).containsExactly(result);
        // The criteria announced at the start are the ones the result is checked against.
        assertThat(started).hasSize(1);
        assertThat(result.thresholds()).filteredOn(check -> check.name()
                .equals("hotPatternCoverage"))
                .extracting(ThresholdCheck::required)
                .containsExactly(started.get(0)
                        .patternGrouping()
                        .hotCoverageMinimum());
        assertThat(result.thresholds()).filteredOn(check -> check.name()
                .equals("optimizationScore"))
                .extracting(ThresholdCheck::required)
                .containsExactly(started.get(0)
                        .traditional()
                        .optimizationScoreMinimum());
    }

    @Test
    void degradationCapsTicketsAndScalesAttemptsAndTime() {
        Degradation degradation = new Degradation(0.5, 0.25, 0.9, 40, "reduced");
        GenerationResult result = TIMELESS.generate(FORMAT, DATA, GenerationFixtures.request(4, 100,
                Strategy.CONSERVATIVE, 6L), degradation, GenerationListener.none(), new GenerationControl());

        assertThat(result.tickets()).hasSize(40);
        assertThat(result.ticketsRequested()).isEqualTo(100);
        assertThat(result.degradationLevel()).isEqualTo("reduced");
        assertThat(result.criteria().meta().maxAttempts()).isEqualTo(100);
        assertThat(result.criteria().meta().timeoutMs()).isEqualTo(6250L);
        assertThat(result.criteria().traditional().optimizationScoreMinimum()).isCloseTo(0.70 * 0.9, within(1e-12));
        assertThat(result.attempts()).isLessThanOrEqualTo(100);
    }

    @Test
    void forbiddingColdPatternsLeavesNoColdTicket() {
        GenerationRequest request = new GenerationRequest(3, 100, Strategy.CONSERVATIVE, null, null, null, false, 8L);
        GenerationResult result = run(TIMELESS, request);

        assertThat(result.criteria().patternGrouping().coldCoverageMaximum()).isZero();
        assertThat(result.tickets()).noneMatch(ticket -> ticket.group() == PatternGroup.COLD);
    }

    @Test
    void conservativeSharesFollowTheConfiguration() {
        GenerationResult result = run(TIMELESS, GenerationFixtures.request(4, 100, Strategy.CONSERVATIVE, 10L));

        // 10/10/10/40/30 of 100 tickets, every ticket strategy applicable on the whole game.
        assertThat(result.strategyDistribution())
                .isEqualTo(Map.of(TicketStrategy.HOT_PAIR, 10, TicketStrategy.TRIPLET_FOUNDATION, 10,
                        TicketStrategy.CONSECUTIVE_ENHANCED, 10, TicketStrategy.PATTERN_SPECIFIC, 40,
                        TicketStrategy.BALANCED_RANGE, 30));
        for (GeneratedTicket ticket : result.tickets()) {
            switch (ticket.strategy()) {
                case HOT_PAIR -> assertThat(DATA.frequentPairs()).contains(ticket.anchor());
                case TRIPLET_FOUNDATION -> assertThat(DATA.provenTriplets()).contains(ticket.anchor());
                case CONSECUTIVE_ENHANCED -> assertThat(ticket.mask() & (ticket.mask() >>> 1)).isNotZero();
                default -> assertThat(ticket.anchor()).isZero();
            }
        }
    }

    @Test
    void aSeedlessRequestReportsTheSeedThatReproducesIt() {
        GenerationRequest seedless = new GenerationRequest(4, 10, Strategy.BALANCED, null, null, null, null, null);
        GenerationResult first = run(TIMELESS, seedless);
        GenerationResult replay = run(TIMELESS, GenerationFixtures.request(4, 10, Strategy.BALANCED, first.seed()));

        assertThat(replay.tickets()).isEqualTo(first.tickets());
    }
}
