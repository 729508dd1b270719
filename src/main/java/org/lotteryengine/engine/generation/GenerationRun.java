package org.lotteryengine.engine.generation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

import org.lotteryengine.engine.Interruption;
import org.lotteryengine.engine.WorkStoppedException;
import org.lotteryengine.engine.combinatorics.CombinationMasks;
import org.lotteryengine.engine.evaluation.RandomSetBaseline;
import org.lotteryengine.engine.evaluation.TicketContribution;
import org.lotteryengine.engine.evaluation.TicketSet;
import org.lotteryengine.engine.evaluation.TicketSetEvaluation;
import org.lotteryengine.engine.evaluation.TicketSetEvaluator;
import org.lotteryengine.engine.evaluation.WheelGuarantee;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.format.MatchOdds;
import org.lotteryengine.engine.history.PatternGroup;
import org.lotteryengine.engine.pattern.PatternCatalog;

/**
 * One generation's attempt loop (spec 4.1).
 * <p>
 * Attempt 1 builds a set that meets the pattern quotas ({@link TicketBuilder}). Every further attempt is a batch of
 * simulated-annealing moves on the strategy's exact objective ({@link CoverageOptimizer}); the temperature falls
 * geometrically to 1% of a typical move's size over the first half of the attempt limit, then stays at 0 (descent).
 * After each attempt the best set is checked: pattern thresholds (primary), traditional thresholds (secondary), then
 * the meta limits (fallback).
 * <p>
 * The loop stops, in this order of checks:
 * <ol>
 * <li>{@code user_override}: the caller cancelled;</li>
 * <li>{@code pattern_thresholds} / {@code quality_thresholds}: the objective has converged (the cooling is over and
 * the last {@code convergenceWindow} attempts improved nothing, or it reached its upper bound, see
 * {@link CoverageOptimizer#objectiveBound()}) and every pattern, or else every traditional, threshold holds;</li>
 * <li>{@code max_attempts}, {@code timeout} (the time limit plus any extension, capped at the configured maximum),
 * {@code quality_stall} ({@code stallThreshold} attempts without improvement).</li>
 * </ol>
 * Stopping as soon as the thresholds hold, as the spec's loop does, would return the first set unimproved: the quotas
 * make attempt 1 meet them.
 * <p>
 * The time limit covers the whole run, the exact evaluation of the returned set included. Attempts stop early enough
 * to leave that evaluation its time: an estimate from the measured cost of counting the first set's wins, scaled by
 * the evaluator's cost model and doubled. Within attempts the limit and a cancellation are checked every few moves;
 * every other long loop (counting, evaluating, verifying a wheel) asks an {@link Interruption} that stops it once the
 * limit is more than {@value #HARD_LIMIT_GRACE_MS} ms past, or the caller abandoned the run. A run stopped that way
 * returns no set ({@code failed}): a set without its exact figures is never returned.
 * <p>
 * Status, from the returned set: {@code success} when every threshold holds and the score reaches the quality gate;
 * {@code partial} when the gate and any requested qualityThreshold hold and either all pattern or all traditional
 * thresholds do; {@code fallback} otherwise; {@code failed} when no set could be built.
 */
final class GenerationRun {

    /** Moves sampled to size the starting temperature. */
    private static final int TEMPERATURE_SAMPLES = 64;
    /** The temperature at the end of the cooling, as a share of the starting one. */
    private static final double FINAL_TEMPERATURE_SHARE = 0.01;
    /**
     * The starting temperature as a share of a typical move's size: cool enough that the targeted moves are not undone
     * at once (measured on 5/35 tier 3, N = 50: 0.59 in about 0.2 s at 0.1, 1.2 s at 1.0).
     */
    private static final double INITIAL_TEMPERATURE_SHARE = 0.1;
    /** How far past its time limit a run's work may go before it is stopped outright. */
    static final long HARD_LIMIT_GRACE_MS = 10;
    /** The estimate of the final evaluation's time is multiplied by this: the estimate must rather be too long. */
    private static final double RESERVE_SAFETY = 2.0;
    /** Counting fewer neighbourhood updates than this takes too little time to measure a pace from. */
    private static final double MEASURABLE_UPDATES = 100_000;
    /** How much slower than the benchmark machine a replica may be (a busy or smaller core). */
    private static final double SLOWER_MACHINE = 2.0;

    private final LotteryFormat format;
    private final PatternData patterns;
    private final GenerationRequest request;
    private final int ticketCount;
    private final StoppingCriteria criteria;
    private final GenerationSettings settings;
    private final Degradation degradation;
    private final TicketSetEvaluator evaluator;
    private final GenerationListener listener;
    private final GenerationControl control;
    private final LongSupplier nanoClock;
    private final RequestField.Names fields;
    private final long seed;
    private final SplittableRandom random;
    private final QualityEvaluator quality;
    private final long start;
    private final Set<String> metThresholds = new HashSet<>();
    private final List<GenerationResult.Evolution> evolution = new ArrayList<>();
    private final long neighbourhood;
    /** Stops long loops once the time limit is {@value #HARD_LIMIT_GRACE_MS} ms past or the run was abandoned. */
    private final Interruption hardStop;
    /** Time kept for the exact evaluation of the returned set, estimated once the first set's wins are counted. */
    private long reserveMs;
    /** A stored design to continue from (a background improvement), or null to build a first set. */
    private TicketDesign continued;

    GenerationRun(LotteryFormat format, PatternData patterns, GenerationRequest request, int ticketCount,
            StoppingCriteria criteria, GenerationSettings settings, Degradation degradation,
            TicketSetEvaluator evaluator, GenerationListener listener, GenerationControl control, LongSupplier nanoClock,
            RequestField.Names fields, long seed) {
        this.format = format;
        this.patterns = patterns;
        this.request = request;
        this.ticketCount = ticketCount;
        this.criteria = criteria;
        this.settings = settings;
        this.degradation = degradation;
        this.evaluator = evaluator;
        this.listener = listener;
        this.control = control;
        this.nanoClock = nanoClock;
        this.fields = fields;
        this.seed = seed;
        this.random = new SplittableRandom(seed);
        this.quality = new QualityEvaluator(format, patterns, settings.weights(), settings.criteriaFor(request
                .targetTier()), criteria);
        this.start = nanoClock.getAsLong();
        this.neighbourhood = MatchOdds.of(format)
                .waysAtLeast(request.targetTier());
        this.hardStop = () -> {
            if (control.abandoned()) {
                throw new WorkStoppedException(WorkStoppedException.Reason.ABANDONED);
            }
            if (elapsedMs() > deadlineMs() + HARD_LIMIT_GRACE_MS) {
                throw new WorkStoppedException(WorkStoppedException.Reason.DEADLINE);
            }
        };
    }

    /** The best set after an attempt, with its metrics and checks. */
    private record Snapshot(List<GeneratedTicket> tickets, QualityMetrics metrics, List<ThresholdCheck> checks,
            double objective, long atLeastOne) {

        boolean all(String type) {
            return SetVerdict.all(checks, type);
        }
    }

    /**
     * Makes this run continue a stored design for its whole time limit: it starts from the design's tickets (and an
     * aggressive design's pool), cools by elapsed time instead of by attempts, and stops only on its time limit or a
     * cancellation, never on a stall or convergence: a background search has time to spend, and a long slow cooling
     * is what finds better sets.
     */
    GenerationRun continuing(TicketDesign design) {
        this.continued = design;
        return this;
    }

    GenerationResult execute() {
        try {
            return run();
        } catch (WorkStoppedException stopped) {
            return stopped.reason() == WorkStoppedException.Reason.DEADLINE
                    ? failed("the time limit of %d ms passed before a set could be evaluated exactly".formatted(
                            deadlineMs()), Suggestions.whenOutOfTime(fields, deadlineMs(), settings.maxTimeoutMs()),
                            StoppingReason.TIMEOUT)
                    : failed("the generation was abandoned", List.of(), StoppingReason.USER_OVERRIDE);
        }
    }

    private GenerationResult run() {
        hardStop.check();
        if (format.totalDraws() > evaluator.maxDraws()) {
            return failed("this game has %,d possible draws, more than the %,d the exact evaluator may hold"
                    .formatted(format.totalDraws(), evaluator.maxDraws()),
                    List.of(
                            "Ask the operator to raise lottery.engine.max-evaluated-draws (4 bytes of memory per draw)."));
        }
        listener.started(criteria);
        TicketBuilder builder;
        long pool = allNumbers();
        List<GeneratedTicket> initial;
        try {
            if (continued != null) {
                pool = continued.pool() != 0 ? continued.pool() : allNumbers();
                builder = new TicketBuilder(format, PatternCatalog.of(format), patterns, request.strategy(), pool,
                        random);
                initial = continued.tickets();
            } else {
                boolean concentrate = request.strategy() == Strategy.AGGRESSIVE;
                PoolBuilder pools = concentrate ? new PoolBuilder(format, patterns, ticketCount, random) : null;
                List<QuotaPlanner.Slot> slots;
                while (true) {
                    // An aggressive set grows its pool of hot numbers until the quotas fit in it.
                    long allowed = concentrate ? pools.next() : pool;
                    builder = new TicketBuilder(format, PatternCatalog.of(format), patterns, request.strategy(), allowed,
                            random);
                    try {
                        slots = new QuotaPlanner(patterns, builder::capacity, random).plan(criteria.patternGrouping(),
                                ticketCount, concentrate);
                        pool = allowed;
                        break;
                    } catch (NoValidTicketSetException notEnough) {
                        if (allowed == allNumbers()) {
                            throw notEnough;
                        }
                    }
                }
                initial = build(builder, slots);
            }
        } catch (NoValidTicketSetException e) {
            return failed(e.getMessage(), Suggestions.whenUnbuildable(fields, request));
        }

        QualityMetrics first = quality.evaluate(initial, null);
        StoppingCriteria.PatternThresholds thresholds = criteria.patternGrouping();
        PatternQuotas quotas = new PatternQuotas(builder.decadeMasks(), builder.firstDecade(), patterns,
                thresholds.maximumSinglePatternCount(), thresholds.minimumUniqueHot(), initial);
        SetScore score = quality.tracker(initial, first, quotas.distinct());
        long countingStart = nanoClock.getAsLong();
        CoverageOptimizer optimizer = new CoverageOptimizer(format, request.targetTier(), request.strategy(), builder,
                random, initial, score, quotas, hardStop);
        reserveMs = reserveForEvaluation(nanoClock.getAsLong() - countingStart);
        optimizer.keepAtLeast((int) Math.ceil(criteria.traditional()
                .hotNumberCoverageMinimum() * ticketCount - 1e-9), criteria.traditional()
                        .optimizationScoreMinimum());
        int attempt = 1;
        Snapshot best = snapshot(optimizer);
        report(attempt, best);

        StoppingCriteria.Meta meta = criteria.meta();
        double initialTemperature = optimizer.typicalDelta(TEMPERATURE_SAMPLES) * INITIAL_TEMPERATURE_SHARE;
        int cooling = Math.max(1, meta.maxAttempts() / 2);
        int noImprovement = 0;
        StoppingReason reason;
        while (true) {
            boolean converged = continued == null && attempt > cooling && noImprovement >= meta.convergenceWindow()
                    || optimizer.bestObjective() >= optimizer.objectiveBound();
            if (control.cancelled()) {
                reason = StoppingReason.USER_OVERRIDE;
            } else if (converged && best.all(QualityEvaluator.PATTERN_GROUPING)) {
                reason = StoppingReason.PATTERN_THRESHOLDS;
            } else if (converged && best.all(QualityEvaluator.TRADITIONAL)) {
                reason = StoppingReason.QUALITY_THRESHOLDS;
            } else if (continued == null && attempt >= meta.maxAttempts()) {
                reason = StoppingReason.MAX_ATTEMPTS;
            } else if (outOfTime()) {
                reason = StoppingReason.TIMEOUT;
            } else if (continued == null && noImprovement >= meta.stallThreshold()) {
                reason = StoppingReason.QUALITY_STALL;
            } else {
                reason = null;
            }
            if (reason != null) {
                break;
            }
            attempt++;
            double temperature = 0;
            if (continued != null) {
                // Cooled over the first 80% of the time, then descent.
                double progress = Math.min(1.0, elapsedMs() / (0.8 * Math.max(1, deadlineMs() - reserveMs)));
                temperature = progress >= 1.0 ? 0 : initialTemperature * Math.pow(FINAL_TEMPERATURE_SHARE, progress);
            } else if (attempt - 1 <= cooling) {
                double progress = cooling == 1 ? 1.0 : (double) (attempt - 2) / (cooling - 1);
                temperature = initialTemperature * Math.pow(FINAL_TEMPERATURE_SHARE, progress);
            }
            if (optimizer.attempt(meta.movesPerAttempt(), temperature, () -> control.cancelled() || outOfTime())) {
                noImprovement = 0;
                best = snapshot(optimizer);
            } else {
                noImprovement++;
            }
            report(attempt, best);
        }
        return finish(best, optimizer, pool, attempt, reason);
    }

    /** Whether the attempts must end, to leave the final evaluation its reserve within the time limit. */
    private boolean outOfTime() {
        return elapsedMs() + reserveMs >= deadlineMs();
    }

    /**
     * The time to keep for evaluating and weighing the returned set: its cost in neighbourhood updates (the
     * evaluator's cost model, and twice the target tier's walk for the per-ticket shares), at the pace measured while
     * the first set's wins were counted when that was enough work to measure, else at the cost model's own pace (its
     * units are nanoseconds on the benchmark machine); then doubled, since the estimate must rather be too long.
     */
    private long reserveForEvaluation(long countingNanos) {
        double counted = (double) ticketCount * neighbourhood;
        double toDo = TicketSetEvaluator.costInWalkUpdates(format, TicketSetEvaluator.lowestPrizedTier(format),
                ticketCount) + 2 * counted;
        double nanosPerUpdate = counted >= MEASURABLE_UPDATES ? countingNanos / counted
                : TicketSetEvaluator.NANOS_PER_WALK_UPDATE * SLOWER_MACHINE;
        return (long) Math.ceil(toDo * nanosPerUpdate * RESERVE_SAFETY / 1_000_000);
    }

    private long allNumbers() {
        return CombinationMasks.pool(format.poolSize());
    }

    private List<GeneratedTicket> build(TicketBuilder builder, List<QuotaPlanner.Slot> slots) {
        List<TicketStrategy> assignment = StrategyAssignment.assign(settings.sharesFor(request.targetTier(), request
                .strategy()), slots.size(), random);
        Set<Long> taken = new HashSet<>();
        List<GeneratedTicket> tickets = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            GeneratedTicket ticket = builder.build(slots.get(i), assignment.get(i), taken);
            taken.add(ticket.mask());
            tickets.add(ticket);
        }
        return tickets;
    }

    private Snapshot snapshot(CoverageOptimizer optimizer) {
        long total = optimizer.totalDraws();
        long one = optimizer.bestAtLeastOne();
        long two = optimizer.bestAtLeastTwo();
        QualityMetrics.Coverage coverage = new QualityMetrics.Coverage(request.targetTier(), request.strategy()
                .objective(), (double) one / total, (double) two / total,
                RandomSetBaseline.distinctSetCoverage(total, neighbourhood, ticketCount),
                RandomSetBaseline.quickPickCoverage(total, neighbourhood, ticketCount));
        List<GeneratedTicket> tickets = optimizer.best();
        QualityMetrics metrics = quality.evaluate(tickets, coverage);
        return new Snapshot(tickets, metrics, quality.checks(metrics), TicketDesign.objective(request.strategy(),
                coverage), one);
    }

    private void report(int attempt, Snapshot best) {
        long elapsed = elapsedMs();
        QualityMetrics.PatternGrouping grouping = best.metrics()
                .patternGrouping();
        double score = best.metrics()
                .overall()
                .optimizationScore();
        int met = (int) best.checks()
                .stream()
                .filter(ThresholdCheck::met)
                .count();
        evolution.add(new GenerationResult.Evolution(attempt, score, grouping.hotPatternCoverage(), grouping
                .patternDiversity()
                .diversityScore(), met, best.objective(), elapsed));
        Map<PatternGroup, Double> coverage = new EnumMap<>(PatternGroup.class);
        coverage.put(PatternGroup.HOT, grouping.hotPatternCoverage());
        coverage.put(PatternGroup.WARM, grouping.warmPatternCoverage());
        coverage.put(PatternGroup.COLD, grouping.coldPatternCoverage());
        long left = Math.max(0, deadlineMs() - elapsed);
        long byPace = (criteria.meta()
                .maxAttempts() - attempt) * Math.max(1, elapsed) / attempt;
        listener.progress(new GenerationListener.Progress(attempt, score, coverage, best.objective(), elapsed, Math
                .min(left, byPace)));
        // After the progress of the attempt that met them, as a client reading the stream expects.
        for (ThresholdCheck check : best.checks()) {
            if (check.met() && metThresholds.add(check.name())) {
                listener.thresholdMet(check, elapsed);
            }
        }
    }

    private long elapsedMs() {
        return (nanoClock.getAsLong() - start) / 1_000_000;
    }

    /** The time limit plus the caller's extensions, never beyond the configured maximum. */
    private long deadlineMs() {
        long limit = criteria.meta()
                .timeoutMs();
        return Math.min(limit + control.extraMs(), Math.max(limit, settings.maxTimeoutMs()));
    }

    private GenerationResult finish(Snapshot best, CoverageOptimizer optimizer, long pool, int attempts,
            StoppingReason reason) {
        long[] masks = best.tickets()
                .stream()
                .mapToLong(GeneratedTicket::mask)
                .toArray();
        TicketSet set = TicketSet.ofMasks(format, masks);
        TicketSetEvaluation evaluation = evaluator.evaluate(set, TicketSetEvaluator.lowestPrizedTier(format),
                hardStop);
        // The optimiser's counts are incremental; the exact evaluation recounts every draw and must agree.
        if (evaluation.drawsWithWinAtLeast(request.targetTier()) != best.atLeastOne()) {
            throw new IllegalStateException("optimiser coverage %d differs from the exact evaluation %d".formatted(
                    best.atLeastOne(), evaluation.drawsWithWinAtLeast(request.targetTier())));
        }
        double score = best.metrics()
                .overall()
                .optimizationScore();
        // The score floor of the moves relies on the incremental score; it must equal the full computation.
        if (Math.abs(optimizer.bestScore() - score) > 1e-9) {
            throw new IllegalStateException("optimiser score %s differs from the metrics' score %s".formatted(
                    optimizer.bestScore(), score));
        }
        long elapsed = elapsedMs();
        SetVerdict verdict = SetVerdict.of(best.checks(), score, criteria, request, reason, attempts, elapsed, fields,
                settings.maxTimeoutMs());
        List<Integer> guarantees = List.of();
        if (request.strategy() == Strategy.AGGRESSIVE && Long.bitCount(pool) <= WheelGuarantee.MAX_POOL) {
            guarantees = Arrays.stream(WheelGuarantee.guarantees(pool, masks, format.drawSize(), hardStop))
                    .boxed()
                    .toList();
        }
        GenerationResult result = new GenerationResult(verdict.status(), reason, best.tickets(), best.metrics(),
                evaluation, attempts,
                elapsed, distribution(best.tickets()), List.copyOf(
                        evolution),
                best.checks(), criteria, request.strategy() == Strategy.AGGRESSIVE ? pool : 0,
                guarantees, seed, request.numberOfTickets(), degradation.level(), verdict.failure(), Arrays.stream(
                        TicketContribution.uniqueShares(format, masks, request.targetTier(), hardStop))
                        .boxed()
                        .toList());
        listener.complete(result);
        return result;
    }

    static Map<TicketStrategy, Integer> distribution(List<GeneratedTicket> tickets) {
        Map<TicketStrategy, Integer> counts = new EnumMap<>(TicketStrategy.class);
        for (TicketStrategy strategy : TicketStrategy.values()) {
            counts.put(strategy, 0);
        }
        for (GeneratedTicket ticket : tickets) {
            counts.merge(ticket.strategy(), 1, Integer::sum);
        }
        return counts;
    }

    private GenerationResult failed(String message, List<String> suggestions) {
        return failed(message, suggestions, null);
    }

    private GenerationResult failed(String message, List<String> suggestions, StoppingReason stoppingReason) {
        long elapsed = elapsedMs();
        GenerationResult.Failure failure = new GenerationResult.Failure(message, 1, elapsed, 0.0, Math.max(criteria
                .traditional()
                .optimizationScoreMinimum(),
                criteria.meta()
                        .minimumQualityGate()),
                List.of(), suggestions);
        GenerationResult result = new GenerationResult(GenerationStatus.FAILED, stoppingReason, List.of(), null, null, 1,
                elapsed,
                Map.of(), List.of(), List.of(), criteria, 0, List.of(), seed, request.numberOfTickets(), degradation
                        .level(),
                failure, List.of());
        listener.complete(result);
        return result;
    }
}
