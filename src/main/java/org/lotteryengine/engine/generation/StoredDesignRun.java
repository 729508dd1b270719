package org.lotteryengine.engine.generation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

import org.lotteryengine.engine.evaluation.TicketSet;
import org.lotteryengine.engine.format.LotteryFormat;
import org.lotteryengine.engine.history.PatternGroup;

/**
 * Answers a request from a stored {@link TicketDesign} instead of a search: the design's tickets under a
 * {@link Relabelling} derived from the request's seed, with the exact figures the relabelling keeps (coverage,
 * payout, guarantees, shares) and every other one computed again for the returned tickets (number metrics, score,
 * thresholds, status), so that nothing shown is false of them.
 * <p>
 * The seed that found the design gets it unrelabelled: a request repeated with its seed gets the same tickets whether
 * it searched or was served. Any other seed tries {@value #TRIES} relabellings, in the seed's order, and keeps the
 * best by status and then score: the score's number part (e.g. consecutive numbers) is not kept by every relabelling.
 * <p>
 * Only a set that meets the request (success or partial) is announced to the listener; one that does not is returned
 * silently, for the caller to search instead.
 */
final class StoredDesignRun {

    /** Relabellings tried for a request: each costs one evaluation of the metrics, microseconds. */
    static final int TRIES = 8;

    private record Candidate(List<GeneratedTicket> tickets, long pool, QualityMetrics metrics,
            List<ThresholdCheck> checks, SetVerdict verdict) {
    }

    private final LotteryFormat format;
    private final PatternData patterns;
    private final GenerationRequest request;
    private final StoppingCriteria criteria;
    private final GenerationSettings settings;
    private final Degradation degradation;
    private final TicketDesign design;
    private final GenerationListener listener;
    private final LongSupplier nanoClock;
    private final RequestField.Names fields;
    private final long seed;
    private final QualityEvaluator quality;
    private final long start;

    StoredDesignRun(LotteryFormat format, PatternData patterns, GenerationRequest request, StoppingCriteria criteria,
            GenerationSettings settings, Degradation degradation, TicketDesign design, GenerationListener listener,
            LongSupplier nanoClock, RequestField.Names fields, long seed) {
        this.format = format;
        this.patterns = patterns;
        this.request = request;
        this.criteria = criteria;
        this.settings = settings;
        this.degradation = degradation;
        this.design = design;
        this.listener = listener;
        this.nanoClock = nanoClock;
        this.fields = fields;
        this.seed = seed;
        this.quality = new QualityEvaluator(format, patterns, settings.weights(), settings.criteriaFor(request
                .targetTier()), criteria);
        this.start = nanoClock.getAsLong();
    }

    GenerationResult execute() {
        Candidate best;
        if (seed == design.seed()) {
            best = candidate(Relabelling.identity(format));
        } else {
            SplittableRandom random = new SplittableRandom(seed);
            long hot = 0;
            for (int number : patterns.hotNumbers()) {
                hot |= 1L << (number - format.numberMin());
            }
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < TRIES; i++) {
                candidates.add(candidate(Relabelling.random(format, hot, design.anchors(), random)));
            }
            // The first of the best, so that the seed decides ties.
            best = candidates.stream()
                    .min(Comparator.comparingInt((Candidate c) -> c.verdict()
                            .status()
                            .ordinal())
                            .thenComparing(c -> -c.metrics()
                                    .overall()
                                    .optimizationScore()))
                    .orElseThrow();
        }
        long elapsed = elapsedMs();
        boolean met = best.verdict()
                .status()
                .met();
        if (met) {
            listener.started(criteria);
            // One progress event, as a search sends one per attempt: a stream's client sees the set's figures first.
            QualityMetrics.PatternGrouping grouping = best.metrics()
                    .patternGrouping();
            Map<PatternGroup, Double> coverage = new EnumMap<>(PatternGroup.class);
            coverage.put(PatternGroup.HOT, grouping.hotPatternCoverage());
            coverage.put(PatternGroup.WARM, grouping.warmPatternCoverage());
            coverage.put(PatternGroup.COLD, grouping.coldPatternCoverage());
            listener.progress(new GenerationListener.Progress(0, best.metrics()
                    .overall()
                    .optimizationScore(), coverage, design.objective(), elapsed, 0));
            for (ThresholdCheck check : best.checks()) {
                if (check.met()) {
                    listener.thresholdMet(check, elapsed);
                }
            }
        }
        long[] masks = best.tickets()
                .stream()
                .mapToLong(GeneratedTicket::mask)
                .toArray();
        GenerationResult result = new GenerationResult(best.verdict()
                .status(), StoppingReason.STORED_DESIGN, best.tickets(), best.metrics(),
                design.evaluation()
                        .relabelled(TicketSet.ofMasks(format, masks)),
                0, elapsed, GenerationRun.distribution(best.tickets()), List.of(), best.checks(), criteria, best.pool(),
                design.wheelGuarantees(), seed, request.numberOfTickets(), degradation.level(), best.verdict()
                        .failure(),
                design.ticketShares());
        if (met) {
            listener.complete(result);
        }
        return result;
    }

    private Candidate candidate(Relabelling relabelling) {
        List<GeneratedTicket> tickets = new ArrayList<>(design.tickets()
                .size());
        for (GeneratedTicket ticket : design.tickets()) {
            tickets.add(new GeneratedTicket(relabelling.apply(ticket.mask()), ticket.pattern(), ticket.group(), ticket
                    .strategy(), relabelling.apply(ticket.anchor())));
        }
        QualityMetrics metrics = quality.evaluate(tickets, design.coverage());
        List<ThresholdCheck> checks = quality.checks(metrics);
        SetVerdict verdict = SetVerdict.of(checks, metrics.overall()
                .optimizationScore(), criteria, request, StoppingReason.STORED_DESIGN, 0, elapsedMs(), fields,
                settings
                        .maxTimeoutMs());
        return new Candidate(List.copyOf(tickets), relabelling.apply(design.pool()), metrics, checks, verdict);
    }

    private long elapsedMs() {
        return (nanoClock.getAsLong() - start) / 1_000_000;
    }
}
